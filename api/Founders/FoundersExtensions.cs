using Marten;
using Marten.Schema;
using RolesBoard.Api.Founders.Advisers;
using RolesBoard.Api.Founders.Bookings;
using RolesBoard.Api.Founders.Circles;
using RolesBoard.Api.Founders.Slots;
using RolesBoard.Api.Founders.Start;
using RolesBoard.Api.Profiles;

namespace RolesBoard.Api.Founders;

public static class FoundersExtensions
{
    public static IServiceCollection AddFounders(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<Adviser>()
                .Duplicate(a => a.Verified);
            // Free slots are read by adviser and time; the flag mirrors the active booking.
            options.Schema.For<AdviceSlot>()
                .Duplicate(s => s.AdviserId)
                .Duplicate(s => s.Start)
                .Duplicate(s => s.BookingId);
            // The unique index is the booking race's referee: PostgreSQL refuses a second active booking of a slot
            // (NULLs, the cancelled bookings, are distinct, so a freed slot can be booked again).
            options.Schema.For<Booking>()
                .UniqueIndex(UniqueIndexType.DuplicatedField, b => b.ActiveSlotId!)
                .Duplicate(b => b.AdviserId)
                .Duplicate(b => b.FounderEmail);
            options.Schema.For<CircleMember>()
                .UniqueIndex(UniqueIndexType.DuplicatedField, m => m.ProfileId)
                .Duplicate(m => m.Country);
            options.Schema.For<CircleIntroduction>()
                .Duplicate(i => i.FromProfileId)
                .Duplicate(i => i.ToProfileId);
        });
        services.AddScoped<AdviserAccess>();
        services.AddScoped<AdviserRegistration>();
        services.AddScoped<AdviserDirectory>();
        services.AddScoped<AdviceSlotPlanner>();
        services.AddScoped<FreeSlots>();
        services.AddScoped<BookingAccess>();
        services.AddScoped<BookingDesk>();
        services.AddSingleton<BookingMail>();
        services.AddScoped<AdviserBookings>();
        services.AddScoped<FounderData>();
        services.AddScoped<AdviserData>();
        services.AddScoped<FoundingOutcomeFigures>();
        services.AddScoped<StartViews>();
        services.AddScoped<FoundingCircles>();
        services.AddSingleton<IPersonalData, CirclePersonalData>();
        return services;
    }

    /// <summary>The /start pages for founders.</summary>
    public static WebApplication MapFounders(this WebApplication app) => app.MapStart();
}
