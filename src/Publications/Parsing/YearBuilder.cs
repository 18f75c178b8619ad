using Publications.Model;
using Publications.Text;

namespace Publications.Parsing;

/// <summary>
/// Collects one year's abstracts in file order and turns them into publications: derives their text and keeps their
/// slugs unique within the year. Deriving headline, plain text and links (Markdig) is most of the parsing cost and
/// each abstract's is independent, so it starts while the file is still being read: every <see cref="ChunkSize"/>
/// abstracts go to the thread pool at once (the reading thread only splits lines, so the other cores would idle
/// otherwise). Derived chunks become publications in file order as soon as they are done; with a sink each one is
/// handed on at once and nothing is kept (a large list streams into its index), without one they are kept for
/// <see cref="Build"/>. Not thread-safe: one reading thread calls <see cref="Add"/>, then <see cref="Build"/>,
/// <see cref="Flush"/> or <see cref="Abandon"/>.
/// </summary>
internal sealed class YearBuilder
{
    /// <summary>Abstracts derived per thread-pool task: a few milliseconds of work, so the tasks' overhead stays small.</summary>
    internal const int ChunkSize = 256;

    /// <summary>Chunks deriving at once before the reader waits for the oldest: bounds the texts in flight.</summary>
    private static readonly int s_maxDeriving = 4 * Environment.ProcessorCount;

    private const int MaxSlugLength = 60;
    private readonly int _year;
    private readonly Action<Publication>? _sink;
    private readonly List<(string Abstract, int Line)> _waiting = [];
    private readonly Queue<(Task<DerivedText[]> Derived, (string Abstract, int Line)[] Sources)> _deriving = new();
    private readonly List<Publication> _publications = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    // Per slug wanted, the suffix to try next: every smaller one is taken (slugs are never given back), so a year of
    // thousands of papers with the same headline numbers them in one step each, not by trying every number again.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
    private int _made;

    /// <param name="year">The year every publication gets.</param>
    /// <param name="sink">Takes each publication as soon as it is made, in file order; null keeps them for <see cref="Build"/>.</param>
    public YearBuilder(int year, Action<Publication>? sink)
    {
        _year = year;
        _sink = sink;
    }

    /// <summary>How many abstracts were added.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds the next abstract; with <paramref name="deriveAhead"/>, a full chunk starts deriving in the background and
    /// the chunks already derived become publications (the parser turns it off once the list has an error: such a
    /// list is never built, so nothing more is derived or handed on).
    /// </summary>
    public void Add(string abstractText, int line, bool deriveAhead)
    {
        Count++;
        _waiting.Add((abstractText, line));
        if (deriveAhead && _waiting.Count == ChunkSize)
        {
            var sources = _waiting.ToArray();
            _waiting.Clear();
            _deriving.Enqueue((Task.Run(() => Array.ConvertAll(sources, source => TextDeriver.Derive(source.Abstract))), sources));
            MakeDerived(waitForOldest: _deriving.Count > s_maxDeriving);
        }
    }

    /// <summary>
    /// Makes every publication still to be made: the chunks derived in the background, then the rest, derived on
    /// every core. Slugs are given in file order, so the first of two equal headlines keeps the plain slug whatever
    /// the threads did.
    /// </summary>
    public void Flush()
    {
        var rest = _waiting.ToArray();
        _waiting.Clear();
        var derived = new DerivedText[rest.Length];
        Parallel.For(0, rest.Length, i => derived[i] = TextDeriver.Derive(rest[i].Abstract));
        while (_deriving.Count > 0)
        {
            MakeDerived(waitForOldest: true);
        }
        Make(derived, rest);
    }

    /// <summary>The year's publications (<see cref="Flush"/>ed first); only without a sink, which keeps none.</summary>
    public PublicationYear Build()
    {
        if (_sink is not null)
        {
            throw new InvalidOperationException("A year whose publications went to a sink keeps none.");
        }
        Flush();
        return new PublicationYear(_year, [.. _publications]);
    }

    /// <summary>Waits for the background chunks of a list that will not be built (it has errors), so no work outlives the parse.</summary>
    public void Abandon() => Task.WaitAll(_deriving.Select(chunk => chunk.Derived));

    private void MakeDerived(bool waitForOldest)
    {
        // In file order: a chunk done before an older one waits for it.
        while (_deriving.TryPeek(out var oldest) && (waitForOldest || oldest.Derived.IsCompleted))
        {
            _deriving.Dequeue();
            // Rethrows what a chunk threw: a bug in deriving, never swallowed.
            Make(oldest.Derived.GetAwaiter().GetResult(), oldest.Sources);
            waitForOldest = false;
        }
    }

    private void Make(DerivedText[] derived, (string Abstract, int Line)[] sources)
    {
        for (var i = 0; i < derived.Length; i++)
        {
            var ordinal = ++_made;
            var slug = UniqueSlug(derived[i].SlugBase.Length > 0 ? derived[i].SlugBase : $"paper-{ordinal}");
            var publication = new Publication(_year, ordinal, sources[i].Line, sources[i].Abstract, derived[i].Headline, slug, derived[i].PlainText, derived[i].Links);
            if (_sink is null)
            {
                _publications.Add(publication);
            }
            else
            {
                _sink(publication);
            }
        }
    }

    private string UniqueSlug(string slug)
    {
        if (_slugs.Add(slug))
        {
            return slug;
        }
        ref var next = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_nextSuffix, slug, out var seen);
        var n = seen ? next : 2;
        string candidate;
        do
        {
            var suffix = $"-{n++}";
            var stem = slug.Length + suffix.Length > MaxSlugLength ? slug[..(MaxSlugLength - suffix.Length)].TrimEnd('-') : slug;
            candidate = stem + suffix;
        }
        while (!_slugs.Add(candidate));
        next = n;
        return candidate;
    }
}
