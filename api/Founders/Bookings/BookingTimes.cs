using System.Globalization;
using RolesBoard.Api.Geography;

namespace RolesBoard.Api.Founders.Bookings;

/// <summary>A booking's time in words, in the reader's zone: the adviser's own, or the founder country's.</summary>
public static class BookingTimes
{
    public static string Describe(DateTimeOffset start, string? zoneId)
    {
        var zone = TimeZones.Find(zoneId) ?? TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var name = zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;
        return local.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture) + $" ({name})";
    }

    public static string? FounderZone(Booking booking) => TimeZones.DefaultFor(booking.Country);
}
