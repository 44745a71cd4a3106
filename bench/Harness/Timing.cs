using System.Diagnostics;

namespace RolesBoard.Bench.Harness;

/// <summary>Latency samples and their percentiles; every figure is reported beside a baseline from the same run.</summary>
public static class Timing
{
    public static async Task<double[]> SampleAsync(int warmup, int samples, Func<int, Task> operation)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operation(i);
        }
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            times[i] = await TimeAsync(operation, warmup + i);
        }
        return times;
    }

    /// <summary>
    /// Latency samples of two operations taken in turn, the same input for both, the one going first changing each
    /// time: a slow spell of the machine or the database then falls on both sides alike, where sampling one side
    /// and then the other let it fall on whichever ran at the time.
    /// </summary>
    public static async Task<(double[] Ours, double[] Baseline)> AlternatingSamplesAsync(int warmup, int samples, Func<int, Task> ours, Func<int, Task> baseline)
    {
        for (var i = 0; i < warmup; i++)
        {
            await ours(i);
            await baseline(i);
        }
        var (a, b) = (new double[samples], new double[samples]);
        for (var i = 0; i < samples; i++)
        {
            if (i % 2 == 0)
            {
                a[i] = await TimeAsync(ours, warmup + i);
                b[i] = await TimeAsync(baseline, warmup + i);
            }
            else
            {
                b[i] = await TimeAsync(baseline, warmup + i);
                a[i] = await TimeAsync(ours, warmup + i);
            }
        }
        return (a, b);
    }

    private static async Task<double> TimeAsync(Func<int, Task> operation, int i)
    {
        var start = Stopwatch.GetTimestamp();
        await operation(i);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>Operations per second, counting how many complete in a fixed time with a fixed concurrency.</summary>
    public static async Task<double> ThroughputAsync(TimeSpan duration, int concurrency, Func<Task> operation)
    {
        var stop = Stopwatch.StartNew();
        long done = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (stop.Elapsed < duration)
            {
                await operation();
                Interlocked.Increment(ref done);
            }
        });
        await Task.WhenAll(workers);
        return done / stop.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Two rates measured in alternating rounds, each the median of its rounds: on a shared, noisy machine a burst
    /// of someone else's load then hurts both sides alike instead of whichever ran at the time.
    /// </summary>
    public static async Task<(double Ours, double Baseline)> AlternatingRatesAsync(int rounds, Func<Task<double>> ours, Func<Task<double>> baseline)
    {
        var a = new double[rounds];
        var b = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            a[round] = await ours();
            b[round] = await baseline();
        }
        return (Percentile(a, 50), Percentile(b, 50));
    }
}
