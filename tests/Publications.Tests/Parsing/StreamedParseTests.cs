using System.Text;
using Publications.ListGenerator;
using Publications.Model;
using Publications.Parsing;

namespace Publications.Tests.Parsing;

/// <summary>
/// A list parsed into a sink (what a first start does, feeding its index build): every publication reaches the sink
/// exactly once, as the parse without a sink makes it, while the file is still being read, so a large list's texts
/// are never all in memory.
/// </summary>
public sealed class StreamedParseTests
{
    /// <summary>A generated list with a year heading that comes back later, several chunks per year, and an empty heading.</summary>
    private static string InterleavedList(int papers)
    {
        var generated = new PublicationListGenerator(new GeneratorOptions(papers, 7)).WriteToString();
        var abstracts = generated.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 4).ToList();
        var text = new StringBuilder("Owner\nA Subtitle\n\n");
        var years = new[] { 2024, 2023, 2024, 2022, 2021 };
        var per = abstracts.Count / years.Length;
        for (var y = 0; y < years.Length; y++)
        {
            text.Append(years[y]).Append('\n');
            foreach (var line in abstracts.Skip(y * per).Take(y == years.Length - 1 ? int.MaxValue : per))
            {
                text.Append(line).Append('\n');
            }
        }
        return text.Append("1999\n").ToString();
    }

    [Fact]
    public void Sink_gets_every_publication_once_as_the_whole_parse_makes_it_in_file_order_within_each_year()
    {
        var text = InterleavedList(5 * YearBuilder.ChunkSize + 123);
        var whole = ListParser.Parse(new StringReader(text), "list.txt");
        Assert.True(whole.Succeeded, string.Join("; ", whole.Errors));
        var received = new List<Publication>();

        var streamed = ListParser.Parse(new StringReader(text), "list.txt", received.Add);

        Assert.True(streamed.Succeeded);
        Assert.Empty(streamed.Errors);
        Assert.Equal(whole.List!.Owner, streamed.Owner);
        Assert.Equal(whole.List.Subtitle, streamed.Subtitle);
        Assert.Equal(whole.List.Count, streamed.Count);
        Assert.Equal(whole.List.Years.Count, streamed.Years);
        Assert.Equal(whole.Warnings, streamed.Warnings);
        Assert.Equal(whole.List.Count, received.Count);
        foreach (var year in whole.List.Years)
        {
            // Same publications, same ordinals, same slugs; years may interleave, each year's own order is the file's.
            var ofYear = received.Where(p => p.Year == year.Year).ToList();
            Assert.Equal(year.Count, ofYear.Count);
            for (var i = 0; i < ofYear.Count; i++)
            {
                StoredListAssert.Equal(year.Publications[i], ofYear[i]);
            }
        }
    }

    [Fact]
    public void Publications_reach_the_sink_while_the_list_is_read_with_a_bounded_number_of_lines_ahead()
    {
        // Many chunks of short abstracts: the parser must hand publications on as they are derived, not hold them all.
        const int papers = 60 * YearBuilder.ChunkSize;
        var text = new StringBuilder("Owner\n\n2024\n");
        for (var i = 0; i < papers; i++)
        {
            text.Append("Paper ").Append(i).Append(" studies topic ").Append(i % 97).Append(".\n");
        }
        var reader = new CountingReader(text.ToString());
        var aheads = new List<int>();

        var streamed = ListParser.Parse(reader, "list.txt", publication => aheads.Add(reader.LinesRead - publication.Line));

        Assert.Equal(papers, streamed.Count);
        Assert.Equal(papers, aheads.Count);
        // The first publication arrived long before the last line was read...
        Assert.True(aheads[0] < papers / 2, $"the first publication came after {aheads[0]} more lines had been read");
        // ...and the reader never ran further ahead of the sink than the chunks allowed in flight (4 per core) and two more.
        var bound = ((4 * Environment.ProcessorCount) + 2) * YearBuilder.ChunkSize;
        Assert.True(aheads.Max() <= bound, $"the reader ran {aheads.Max()} lines ahead of the sink (bound {bound})");
    }

    [Fact]
    public void A_list_with_an_error_hands_on_nothing_after_the_error_and_reports_it()
    {
        var text = new StringBuilder("Owner\n\n2024\n");
        for (var i = 0; i < 3 * YearBuilder.ChunkSize; i++)
        {
            text.Append("We study topic ").Append(i).Append(" with care.\n");
        }
        var errorLine = 3 + (3 * YearBuilder.ChunkSize) + 1;
        text.Append("bad \u0001 line\n");
        for (var i = 0; i < 20 * YearBuilder.ChunkSize; i++)
        {
            text.Append("More papers ").Append(i).Append(" after it.\n");
        }
        var received = new List<Publication>();

        var streamed = ListParser.Parse(new StringReader(text.ToString()), "broken.txt", received.Add);

        Assert.False(streamed.Succeeded);
        Assert.Null(streamed.Owner);
        var error = Assert.Single(streamed.Errors);
        Assert.Equal(errorLine, error.Line);
        Assert.All(received, p => Assert.True(p.Line < errorLine, $"line {p.Line} was handed on after the error"));
    }

    [Fact]
    public void What_the_sink_throws_comes_out_as_it_is_not_as_a_problem_reading_the_list()
    {
        var path = Path.Combine(Path.GetTempPath(), $"publications-streamed-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, InterleavedList(2 * YearBuilder.ChunkSize));
        try
        {
            var thrown = Assert.Throws<IOException>(() => ListParser.ParseFile(path, _ => throw new IOException("the index disk is full")));

            Assert.Equal("the index disk is full", thrown.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_an_error_on_line_1()
    {
        var streamed = ListParser.ParseFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt"), _ => Assert.Fail("nothing to hand on"));

        Assert.False(streamed.Succeeded);
        var error = Assert.Single(streamed.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("does not exist", error.Problem, StringComparison.Ordinal);
    }

    /// <summary>Counts the lines handed to the parser so far.</summary>
    private sealed class CountingReader(string text) : StringReader(text)
    {
        public int LinesRead { get; private set; }

        public override string? ReadLine()
        {
            var line = base.ReadLine();
            if (line is not null)
            {
                LinesRead++;
            }
            return line;
        }
    }
}
