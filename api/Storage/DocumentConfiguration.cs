using Marten;

namespace RolesBoard.Api.Storage;

/// <summary>Every Marten document and index, in one place and one fluent style.</summary>
internal static class DocumentConfiguration
{
    public static void ConfigureDocuments(this StoreOptions options)
    {
    }
}
