using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publications.Parsing;

namespace Publications.Tests.Properties;

/// <summary>Generated lists: the parser never throws and never drops or merges a line.</summary>
public sealed class ParserProperties
{
    private static readonly string[] Words = ["model", "Diffusion", "**bold**", "*em*", "https://github.com/o/r.", "αβγ", "研究", "مرحبا", "<script>", "[a](b", "2024", "—", "’s", "x", "  ", "\t", "1999.", "e\u0301"];

    /// <summary>An abstract line: words joined by spaces, never blank and never a bare year.</summary>
    private static Gen<string> Line =>
        Gen.Elements(Words).ArrayOf().Where(w => w.Length > 0)
            .Select(w => string.Join(' ', w))
            .Where(l => l.Trim().Length > 0 && !ListParser.IsYearHeading(l.Trim()));

    private static Gen<(int Year, string[] Lines)> Block =>
        from year in Gen.Choose(1990, 2030)
        from lines in Line.ArrayOf()
        select (year, lines);

    [Property(MaxTest = 300)]
    public Property Generated_lists_keep_every_line_as_one_paper_in_order()
    {
        var lists = Block.ArrayOf().Select(blocks => blocks);
        return Prop.ForAll(lists.ToArbitrary(), blocks =>
        {
            var text = new StringBuilder("Owner\n\n");
            foreach (var (year, lines) in blocks)
            {
                text.Append(year).Append('\n');
                foreach (var line in lines)
                {
                    text.Append(line).Append("\r\n");
                }
                text.Append('\n');
            }
            var result = ListParser.Parse(new StringReader(text.ToString()), "gen.txt");
            var list = result.List!;
            var expected = blocks.SelectMany(b => b.Lines.Select(l => (b.Year, Text: l.Trim()))).ToList();
            var perYear = expected.GroupBy(e => e.Year).ToDictionary(g => g.Key, g => g.Select(e => e.Text).ToList());
            return result.Succeeded
                && list.Count == expected.Count
                && perYear.All(y => list.FindYear(y.Key)!.Publications.Select(p => p.Abstract).SequenceEqual(y.Value))
                && list.Years.All(y => y.Publications.Select(p => p.Slug).Distinct(StringComparer.Ordinal).Count() == y.Count)
                && list.All.All(p => p.Headline.Length > 0 && p.Slug.Length is > 0 and <= 60);
        });
    }

    [Property(MaxTest = 500)]
    public Property Arbitrary_text_never_throws_and_errors_name_a_real_line(string? text)
    {
        text ??= "";
        var result = ListParser.Parse(new StringReader(text), "any.txt");
        // TextReader.ReadLine ends lines at \n, \r\n and a lone \r.
        var lineCount = Math.Max(1, text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length);
        var ok = result.Succeeded != result.Errors.Count > 0
            && result.Errors.All(e => e.Line >= 1 && e.Line <= lineCount && e.Problem.Length > 0);
        return ok.Label($"{string.Join(",", text.Select(c => (int)c))} -> {string.Join(" | ", result.Errors)}");
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_bytes_never_throw(byte[]? bytes)
    {
        var result = ListParser.Parse(new MemoryStream(bytes ?? []), "bytes.txt");
        return result.Succeeded || result.Errors.Count > 0;
    }
}
