using GraphQL.Types;

namespace RolesBoard.Api.Founders.Guides;

public sealed class FoundingGuideType : ObjectGraphType<FoundingGuide>
{
    public FoundingGuideType()
    {
        Name = "FoundingGuide";
        Description = "How a worker co-op can be founded in one country. A starting point, not legal advice.";
        Field(g => g.Country).Description("ISO 3166 code.");
        Field(g => g.CountryName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalFormType>>>>("legalForms").Resolve(c => c.Source.LegalForms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("modelRules").Resolve(c => c.Source.ModelRules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportBodies").Resolve(c => c.Source.SupportBodies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sources").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<DateGraphType>>("reviewedOn").Resolve(c => c.Source.ReviewedOn.ToDateTime(TimeOnly.MinValue));
        Field(g => g.ReviewedBy);
        Field<NonNullGraphType<StringGraphType>>("disclaimer").Resolve(_ => FoundingGuide.Disclaimer);
    }
}

public sealed class LegalFormType : ObjectGraphType<LegalForm>
{
    public LegalFormType()
    {
        Name = "LegalForm";
        Field(f => f.Name);
        Field(f => f.MinimumMembers, nullable: true).Description("Null where it depends on the region or a regulator's current rule.");
        Field(f => f.Notes);
    }
}
