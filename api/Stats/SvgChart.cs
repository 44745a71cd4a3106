using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace RolesBoard.Api.Stats;

/// <summary>
/// Charts drawn on the server as inline SVG: no script, no font or file from elsewhere, readable where SVG is not
/// drawn (each has a title and a description naming what it shows, and the page gives the numbers as a table).
/// </summary>
public static class SvgChart
{
    public sealed record Series(string Name, string Colour, IReadOnlyList<double> Values);

    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 48;
    private const int Bottom = 40;
    private const int Top = 16;

    /// <summary>Bars side by side for each label, one colour per series, with a legend.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<string> labels, params Series[] series)
    {
        var svg = Open(id, title, description, Height);
        var max = Max(series.SelectMany(s => s.Values));
        Axis(svg, max, labels);
        var slot = Slot(labels.Count);
        var bar = Math.Max(1, (slot - 2) / series.Length);
        for (var i = 0; i < labels.Count; i++)
        {
            for (var s = 0; s < series.Length; s++)
            {
                var value = series[s].Values[i];
                var h = Scale(value, max);
                svg.Append(Invariant($"<rect class=\"bar\" x=\"{Left + (i * slot) + 1 + (s * bar):0.#}\" y=\"{Height - Bottom - h:0.#}\" width=\"{bar:0.#}\" height=\"{h:0.#}\" fill=\"{series[s].Colour}\">"))
                   .Append("<title>").Append(Encode($"{labels[i]}: {series[s].Name} {value.ToString("0.##", CultureInfo.InvariantCulture)}")).Append("</title></rect>");
            }
        }
        Legend(svg, series);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A line through each label's value, with a dot per point.</summary>
    public static string Line(string id, string title, string description, IReadOnlyList<string> labels, Series series)
    {
        var svg = Open(id, title, description, Height);
        var max = Max(series.Values);
        Axis(svg, max, labels);
        var step = labels.Count > 1 ? (double)(Width - Left - 16) / (labels.Count - 1) : 0;
        var points = series.Values.Select((v, i) => (X: Left + 8 + (i * step), Y: Height - Bottom - Scale(v, max), V: v)).ToList();
        svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{series.Colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => Invariant($"{p.X:0.#},{p.Y:0.#}")))}\"/>"));
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(Invariant($"<circle class=\"point\" cx=\"{points[i].X:0.#}\" cy=\"{points[i].Y:0.#}\" r=\"3\" fill=\"{series.Colour}\">"))
               .Append("<title>").Append(Encode($"{labels[i]}: {series.Name} {points[i].V.ToString("0.##", CultureInfo.InvariantCulture)}")).Append("</title></circle>");
        }
        Legend(svg, [series]);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One horizontal bar per label, longest first as given, the value written at its end.</summary>
    public static string HorizontalBars(string id, string title, string description, IReadOnlyList<(string Label, double Value)> rows, string colour)
    {
        const int row = 22;
        const int labelWidth = 160;
        var height = Math.Max(row * rows.Count, row) + 8;
        var svg = Open(id, title, description, height);
        var max = Max(rows.Select(r => r.Value));
        for (var i = 0; i < rows.Count; i++)
        {
            var w = rows[i].Value / max * (Width - labelWidth - 60);
            var y = 4 + (i * row);
            svg.Append(Invariant($"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">")).Append(Encode(rows[i].Label)).Append("</text>")
               .Append(Invariant($"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{row - 6}\" fill=\"{colour}\"/>"))
               .Append(Invariant($"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 15}\">{rows[i].Value:0.##}</text>"));
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int height) => new StringBuilder()
        .Append(Invariant($"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\" font-size=\"12\">"))
        .Append(Invariant($"<title id=\"{id}-title\">")).Append(Encode(title)).Append("</title>")
        .Append(Invariant($"<desc id=\"{id}-desc\">")).Append(Encode(description)).Append("</desc>");

    /// <summary>The baseline, three gridlines with their values, and up to eight labels under the bars.</summary>
    private static void Axis(StringBuilder svg, double max, IReadOnlyList<string> labels)
    {
        for (var g = 0; g <= 2; g++)
        {
            var value = max * g / 2;
            var y = Height - Bottom - Scale(value, max);
            svg.Append(Invariant($"<line x1=\"{Left}\" x2=\"{Width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#ccc\"/>"))
               .Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value:0.#}</text>"));
        }
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count / 8.0));
        var slot = Slot(labels.Count);
        for (var i = 0; i < labels.Count; i += every)
        {
            svg.Append(Invariant($"<text x=\"{Left + (i * slot) + 2:0.#}\" y=\"{Height - Bottom + 16}\">")).Append(Encode(labels[i])).Append("</text>");
        }
    }

    private static void Legend(StringBuilder svg, IEnumerable<Series> series)
    {
        var x = Left;
        foreach (var s in series)
        {
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{Height - 14}\" width=\"10\" height=\"10\" fill=\"{s.Colour}\"/><text x=\"{x + 14}\" y=\"{Height - 5}\">")).Append(Encode(s.Name)).Append("</text>");
            x += 24 + (s.Name.Length * 7);
        }
    }

    /// <summary>The width each label gets: the plot shared out, but never so wide that one week looks like a wall.</summary>
    private static double Slot(int labels) => Math.Min(60, (double)(Width - Left - 8) / Math.Max(labels, 1));

    private static double Max(IEnumerable<double> values) => Math.Max(1, values.DefaultIfEmpty(0).Max());

    private static double Scale(double value, double max) => value / max * (Height - Bottom - Top);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
