using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Publications.ListGenerator;
using Publications.Model;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// <see cref="LazyMaxQuery"/> (a word's fields) and <see cref="AllWordsQuery"/> (plain words that must all match) must
/// find the same documents with the same scores and match counts as Lucene's <see cref="DisjunctionMaxQuery"/> and
/// <see cref="BooleanQuery"/> of them, whether a word stands alone (its scorer walked with NextDoc) or among others
/// (walked with Advance, or found through its text alone), only sooner.
/// </summary>
public sealed class WordQueriesTests : IDisposable
{
    private readonly PublicationAnalyzer _indexAnalyzer = new(AnalysisMode.Index);
    private readonly PublicationAnalyzer _queryAnalyzer = new(AnalysisMode.Query);
    private readonly RAMDirectory _directory = new();
    private readonly PublicationList _generated =
        ListParser.Parse(new StringReader(new PublicationListGenerator(new GeneratorOptions(600, 13)).WriteToString()), "g.txt").List!;
    private readonly DirectoryReader _reader;

    public WordQueriesTests() => _reader = Build(_directory, _generated, _indexAnalyzer);

    /// <summary>An abstract whose link is labelled "Code · acme/fix" while its text never says "code".</summary>
    private const string Labelled = "We study hallucination.We propose a fix for language models, see https://github.com/acme/fix";

    /// <summary>A list of <paramref name="abstracts"/> (one year) and its index.</summary>
    private SmallIndex Small(params string[] abstracts)
    {
        var list = ListParser.Parse(new StringReader($"Owner\n\n2024\n{string.Join('\n', abstracts)}\n"), "t.txt").List!;
        var directory = new RAMDirectory();
        return new SmallIndex(list, directory, Build(directory, list, _indexAnalyzer));
    }

    private sealed record SmallIndex(PublicationList List, RAMDirectory Directory, DirectoryReader Reader) : IDisposable
    {
        public void Dispose()
        {
            Reader.Dispose();
            Directory.Dispose();
        }
    }

    private static DirectoryReader Build(RAMDirectory directory, PublicationList list, PublicationAnalyzer analyzer)
    {
        using (var writer = new IndexWriter(directory, IndexWriting.Config(analyzer)))
        {
            IndexWriting.AddAll(writer, list);
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
    }

    [Fact]
    public void Every_match_score_and_match_count_equals_lucenes_disjunction_max()
    {
        var searcher = new IndexSearcher(_reader);
        var random = new Random(3);
        var words = _generated.All.SelectMany(p => p.Headline.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var queries = Enumerable.Range(0, 120)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)])))
            .Concat(["model", "language model", "code", "reinforcement learning agents", "github", "\"language model\" reasoning"])
            .ToList();
        var (matched, inSeveralFields) = Compare(searcher, queries);
        // Not a comparison of empty results: many documents, many of them matching a word in several fields at once.
        Assert.True(matched > 2_000, $"Only {matched} matches compared.");
        Assert.True(inSeveralFields > 100, $"Only {inSeveralFields} single-word matches in several fields.");
    }

    [Fact]
    public void A_word_that_only_a_link_label_holds_is_still_found_among_other_words()
    {
        // The first paper's link label says "Code", its text never does: the text alone cannot find the word there,
        // so it is found through every field, as Lucene finds it. Its glued "hallucination.We" is found either way.
        using var index = Small(Labelled, "Language models hallucinate; we measure hallucination in language models and release code.");
        var searcher = new IndexSearcher(index.Reader);
        Assert.DoesNotContain("code", index.List.All[0].PlainText.ToLowerInvariant().Split(' '));

        Compare(searcher, ["hallucination models", "code language models", "code hallucination", "models language"]);
        foreach (var text in new[] { "hallucination models", "code language models" })
        {
            var query = new UserQueryParser(new TextQueries(_queryAnalyzer)).Parse(text).Search!;
            Assert.IsType<AllWordsQuery>(query);
            // Both papers: the second says every word, the first says "code" only in its label.
            Assert.Equal(2, Collect(searcher, query).Count);
        }
    }

    /// <summary>Runs each query as parsed and as Lucene's own queries; returns how many matches were compared and how many of lone words matched in several fields.</summary>
    private (int Matched, int InSeveralFields) Compare(IndexSearcher searcher, IEnumerable<string> queries)
    {
        var matched = 0;
        var inSeveralFields = 0;
        foreach (var text in queries)
        {
            if (new UserQueryParser(new TextQueries(_queryAnalyzer)).Parse(text).Search is not { } query)
            {
                // Only stop words ("with into"): nothing to search.
                continue;
            }
            Assert.True(Contains<LazyMaxQuery>(query), $"'{text}' does not use LazyMaxQuery: {query}");
            var lucene = Collect(searcher, AsLucenes(query));
            var ours = Collect(searcher, query);
            Assert.Equal(lucene.Keys.Order(), ours.Keys.Order());
            foreach (var (doc, (score, freq)) in lucene)
            {
                Assert.Equal(freq, ours[doc].Freq);
                // The same sub-scores, summed in another order: equal to the last bits of a float.
                Assert.Equal(score, ours[doc].Score, score * 1e-6f);
                inSeveralFields += freq > 1 && query is LazyMaxQuery ? 1 : 0;
            }
            matched += lucene.Count;
        }
        return (matched, inSeveralFields);
    }

    [Fact]
    public void The_lazy_union_of_a_words_fields_lands_on_and_scores_what_lucenes_does_stepping_and_skipping()
    {
        var searcher = new IndexSearcher(_reader);
        var random = new Random(9);
        var words = new[] { "model", "language", "learning", "reasoning", "code", "agents", "diffusion", "graph", "vision", "benchmark", "training", "data", "policy", "github" };
        var compared = 0;
        foreach (var word in words)
        {
            var lazy = new TextQueries(_queryAnalyzer).ForText(word)!.Value.Search;
            var lucenes = AsLucenes(lazy);
            foreach (var leaf in _reader.Leaves)
            {
                // Told that no field's documents lie within another's, Split gives the lazy union of every field.
                var split = LazyMaxQuery.Split(searcher.CreateNormalizedWeight(lazy), leaf, null!, (_, _, _) => false);
                var own = searcher.CreateNormalizedWeight(lucenes).GetScorer(leaf, null!);
                if (split is null)
                {
                    Assert.Null(own);
                    continue;
                }
                // A word only the text holds in this segment is found by the text's own scorer, with nothing to add.
                var union = split.Value.Finder;
                var lazyUnion = union is LazyMaxQuery.LazyMaxScorer;
                Assert.True(lazyUnion || split.Value.Others is null);
                // Every other document stepped to, the rest skipped to at random.
                var skipping = random.Next(2) == 0;
                for (var doc = 0; doc != DocIdSetIterator.NO_MORE_DOCS; compared += lazyUnion ? 1 : 0)
                {
                    var target = doc + 1 + (skipping ? random.Next(40) : 0);
                    doc = skipping ? own.Advance(target) : own.NextDoc();
                    Assert.Equal(doc, skipping ? union.Advance(target) : union.NextDoc());
                    Assert.Equal(doc, union.DocID);
                    if (doc != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        // A term's own scorer counts the term's occurrences; the unions count fields.
                        Assert.True(!lazyUnion || own.Freq == union.Freq);
                        Assert.Equal(own.GetScore(), union.GetScore(), own.GetScore() * 1e-6f);
                    }
                }
            }
        }
        // Hundreds of documents through the lazy unions, not a handful.
        Assert.True(compared > 500, $"Only {compared} documents compared.");
    }

    [Fact]
    public void A_word_is_found_through_its_text_where_that_covers_its_other_fields_else_through_all_of_them()
    {
        using var index = Small(Labelled);
        var (list, searcher, leaf) = (index.List, new IndexSearcher(index.Reader), index.Reader.Leaves.Single());
        var covers = new TermCovers();
        (Scorer Finder, LazyMaxQuery.LazyMaxScorer? Others)? Split(string word) =>
            LazyMaxQuery.Split(searcher.CreateNormalizedWeight(new TextQueries(_queryAnalyzer).ForText(word)!.Value.Search), leaf, null!, covers.Covers);

        // "fix" is in the headline and the text: the text finds it, the headline only scores.
        Assert.Contains("fix", list.All[0].Headline, StringComparison.Ordinal);
        var (finder, others) = Split("fix")!.Value;
        Assert.IsNotType<LazyMaxQuery.LazyMaxScorer>(finder);
        Assert.NotEmpty(Assert.IsType<LazyMaxQuery.LazyMaxScorer>(others).GetChildren());
        // "code" is in a link label only ("Code · acme/fix"): found through every field.
        Assert.DoesNotContain("code", list.All[0].PlainText, StringComparison.OrdinalIgnoreCase);
        var (union, none) = Split("code")!.Value;
        Assert.IsType<LazyMaxQuery.LazyMaxScorer>(union);
        Assert.Null(none);
        Assert.Null(Split("nosuchword"));
    }

    /// <summary>Each matching document's score and the match count (Freq) of the scorer that matched it.</summary>
    private static Dictionary<int, (float Score, int Freq)> Collect(IndexSearcher searcher, Query query)
    {
        var collector = new EveryMatch();
        searcher.Search(query, collector);
        return collector.Matches;
    }

    private static bool Contains<T>(Query query) where T : Query => query switch
    {
        T => true,
        BooleanQuery boolean => boolean.Clauses.Any(c => Contains<T>(c.Query)),
        _ => false,
    };

    /// <summary>The same query with each <see cref="LazyMaxQuery"/> replaced by Lucene's own disjunction-max query.</summary>
    private static Query AsLucenes(Query query)
    {
        switch (query)
        {
            case LazyMaxQuery lazy:
                var lucenes = new DisjunctionMaxQuery(lazy.Disjuncts.Select(AsLucenes).ToList(), lazy.TieBreakerMultiplier) { Boost = lazy.Boost };
                return lucenes;
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(AsLucenes(clause.Query), clause.Occur);
                }
                return copy;
            default:
                return query;
        }
    }

    private sealed class EveryMatch : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public Dictionary<int, (float Score, int Freq)> Matches { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Matches[_docBase + doc] = (_scorer!.GetScore(), _scorer.Freq);
    }
}
