using Marten;

namespace RolesBoard.Api.Stats.Layoffs;

/// <summary>Stores a layoffs file's rows: upserts keyed by (company, country, date), so importing again is harmless.</summary>
public sealed class LayoffsImport(IDocumentSession session, TimeProvider clock)
{
    public async Task<LayoffsFile> ImportAsync(TextReader text, CancellationToken cancellationToken)
    {
        var file = LayoffsCsv.Read(text, clock.GetUtcNow());
        if (file.Reports.Count > 0)
        {
            session.Store(file.Reports.ToArray());
            await session.SaveChangesAsync(cancellationToken);
        }
        return file;
    }
}
