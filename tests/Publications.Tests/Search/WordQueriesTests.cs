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
    public void A_word_that_only_a_headline_or_a_link_label_holds_is_still_found_among_other_words()
    {
        // The first paper's headline says "hallucination", its text only the glued "hallucination.We"; its link label
        // says "Code", its text never does. The text alone cannot find those words there: they are found through
        // every field, as Lucene finds them.
        var list = ListParser.Parse(new StringReader(
            "Owner\n\n2024\n" +
            "We study hallucination.We propose a fix for language models, see https://github.com/acme/fix\n" +
            "Language models hallucinate; we measure hallucination in language models and release code.\n"), "t.txt").List!;
        using var directory = new RAMDirectory();
        using var reader = Build(directory, list, _indexAnalyzer);
        var searcher = new IndexSearcher(reader);
        var first = list.All[0];
        Assert.DoesNotContain("code", first.PlainText.ToLowerInvariant().Split(' '));

        Compare(searcher, ["hallucination models", "code language models", "code hallucination", "models language"]);
        foreach (var text in new[] { "hallucination models", "code language models" })
        {
            var query = new UserQueryParser(new TextQueries(_queryAnalyzer)).Parse(text).Search!;
            Assert.IsType<AllWordsQuery>(query);
            Assert.Contains(0, Collect(searcher, query).Keys);
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
    public void The_scorer_holds_the_fields_that_have_the_word_and_none_when_no_field_has_it()
    {
        var searcher = new IndexSearcher(_reader);
        var leaf = _reader.Leaves[0];
        var common = new TextQueries(_queryAnalyzer).ForText("model")!.Value.Search;
        var several = searcher.CreateNormalizedWeight(common).GetScorer(leaf, leaf.AtomicReader.LiveDocs);
        var scorer = Assert.IsType<LazyMaxQuery.LazyMaxScorer>(several);
        Assert.True(scorer.GetChildren().Count > 1);
        Assert.Equal(scorer.GetChildren().Sum(child => child.Child.GetCost()), scorer.GetCost());

        var single = new LazyMaxQuery(0.1f) { new TermQuery(new Term(FieldNames.PlainText, "model")), new TermQuery(new Term(FieldNames.Headline, "nosuchword")) };
        var alone = Assert.IsType<LazyMaxQuery.LazyMaxScorer>(searcher.CreateNormalizedWeight(single).GetScorer(leaf, leaf.AtomicReader.LiveDocs));
        Assert.Single(alone.GetChildren());

        var none = new LazyMaxQuery(0.1f) { new TermQuery(new Term(FieldNames.PlainText, "nosuchword")), new TermQuery(new Term(FieldNames.Headline, "nosuchword")) };
        Assert.Null(searcher.CreateNormalizedWeight(none).GetScorer(leaf, leaf.AtomicReader.LiveDocs));
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
