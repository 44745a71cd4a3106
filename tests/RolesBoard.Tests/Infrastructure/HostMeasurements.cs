using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace RolesBoard.Tests.Infrastructure;

/// <summary>
/// What one test host's own instruments record from now on (those of its <see cref="IMeterFactory"/>). Every host in
/// the test process records under the same meter name, and an exporter listens by name, so /metrics may show another
/// host's instrument; exact values are read here instead.
/// </summary>
public sealed class HostMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _totals = new();
    private readonly ConcurrentDictionary<string, double> _latest = new();

    public HostMeasurements(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == factory)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The sum of what a counter recorded since this was created, for measurements carrying the tag if one is given.</summary>
    public double Total(string instrument, string? tag = null) => _totals.GetValueOrDefault(Key(instrument, tag));

    /// <summary>What an observable gauge reports now.</summary>
    public double Current(string instrument)
    {
        _listener.RecordObservableInstruments();
        return _latest.GetValueOrDefault(instrument);
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        _latest[instrument.Name] = value;
        _totals.AddOrUpdate(Key(instrument.Name, null), value, (_, sum) => sum + value);
        foreach (var tag in tags)
        {
            _totals.AddOrUpdate(Key(instrument.Name, $"{tag.Key}={tag.Value}"), value, (_, sum) => sum + value);
        }
    }

    private static string Key(string instrument, string? tag) => tag is null ? instrument : $"{instrument} {tag}";
}
