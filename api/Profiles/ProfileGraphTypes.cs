using GraphQL.Types;
using RolesBoard.Api.GraphQL;
using RolesBoard.Api.Roles;

namespace RolesBoard.Api.Profiles;

/// <summary>A profile as its owner sees it (with e-mail). Co-ops see a <c>Candidate</c>, which has no contact details.</summary>
public sealed class ProfileType : ObjectGraphType<Profile>
{
    public ProfileType()
    {
        Name = "Profile";
        Description = "Your profile, as only you (with its token) see it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(p => p.Name);
        Field(p => p.Email);
        Field(p => p.Headline, nullable: true);
        Field(p => p.Skills).Description("Canonical skill names.");
        Field(p => p.Location, nullable: true);
        Field(p => p.Country, nullable: true);
        Field<NonNullGraphType<RemotePreferenceType>>("remote").Resolve(c => c.Source.Remote);
        Field(p => p.WillRelocate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmploymentTypeType>>>>("employmentTypes").Resolve(c => c.Source.EmploymentTypes);
        Field<MoneyType>("salaryFloor").Resolve(c => c.Source.SalaryFloor);
        Field(p => p.DesiredRoles);
        Field(p => p.YearsOfExperience, nullable: true);
        Field<DateGraphType>("availableFrom").Resolve(c => c.Source.AvailableFrom?.ToDateTime(TimeOnly.MinValue));
        Field(p => p.Languages);
        Field(p => p.HoursPerWeek, nullable: true);
        Field(p => p.TimeZone, nullable: true);
        Field<NonNullGraphType<CoopPreferencesType>>("coopPreferences").Resolve(c => c.Source.CoopPreferences);
        Field(p => p.VisibleToCoops);
        Field(p => p.WantsToJoin);
        Field(p => p.WantsToFound);
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
    }
}

public sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Field(m => m.Amount);
        Field(m => m.Currency).Description("ISO 4217 code.");
        Field<NonNullGraphType<SalaryPeriodType>>("period").Resolve(c => c.Source.Period);
    }
}

public sealed class RemotePreferenceType : EnumerationGraphType<RemotePreference>
{
    public RemotePreferenceType() => Name = "RemotePreference";
}

public sealed class ProfileExportType : ObjectGraphType<ProfileExport>
{
    public ProfileExportType()
    {
        Name = "ProfileExport";
        Description = "Everything RolesBoard holds about you.";
        Field<NonNullGraphType<ProfileType>>("profile").Resolve(c => c.Source.Profile);
        Field(e => e.Json).Description("The profile and every record derived from it (introduction requests), as one JSON document.");
    }
}

public sealed class CreateProfilePayloadType() : PayloadType<Profile, ProfileType>(
    "CreateProfilePayload", "profile", "token", "The profile's owner token, shown once: send it as Authorization: Bearer <token>.");

public sealed class ProfilePayloadType() : PayloadType<Profile, ProfileType>("ProfilePayload", "profile");

public sealed class DeletedProfileType : ObjectGraphType<DeletedProfile>
{
    public DeletedProfileType()
    {
        Name = "DeletedProfile";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed class DeleteProfilePayloadType() : PayloadType<DeletedProfile, DeletedProfileType>("DeleteProfilePayload", "deletedProfile");
