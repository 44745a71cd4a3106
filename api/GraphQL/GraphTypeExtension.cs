using GraphQL.Types;

namespace RolesBoard.Api.GraphQL;

/// <summary>
/// Fields one feature adds to another feature's graph type, so that the type's owner need not know the feature
/// (Roles adds <c>Coop.roles</c>: Roles depends on Coops, never the other way). Register it in the feature's AddX.
/// </summary>
public interface IGraphTypeExtension<in TGraphType> where TGraphType : IComplexGraphType
{
    void Extend(TGraphType type);
}
