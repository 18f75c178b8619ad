using Publications.Model;
using Publications.Text;

namespace Publications.Parsing;

/// <summary>
/// Collects one year's abstracts in file order; <see cref="Build"/> derives their text and keeps their slugs
/// unique within the year. Deriving headline, plain text and links (Markdig) is most of the parsing cost and each
/// abstract's is independent, so it starts while the file is still being read: every <see cref="ChunkSize"/>
/// abstracts go to the thread pool at once (the reading thread only splits lines, so the other cores would idle
/// otherwise). Not thread-safe: one reading thread calls <see cref="Add"/>, then <see cref="Build"/> or <see cref="Abandon"/>.
/// </summary>
internal sealed class YearBuilder(int year)
{
    /// <summary>Abstracts derived per thread-pool task: a few milliseconds of work, so the tasks' overhead stays small.</summary>
    internal const int ChunkSize = 256;

    private const int MaxSlugLength = 60;
    private readonly List<(string Abstract, int Line)> _abstracts = [];
    private readonly List<Task<DerivedText[]>> _chunks = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public int Count => _abstracts.Count;

    /// <summary>
    /// Adds the next abstract; with <paramref name="deriveAhead"/>, a full chunk starts deriving in the background
    /// (the parser turns it off once the list has an error: such a list is never built).
    /// </summary>
    public void Add(string abstractText, int line, bool deriveAhead)
    {
        _abstracts.Add((abstractText, line));
        var derived = _chunks.Count * ChunkSize;
        if (deriveAhead && _abstracts.Count - derived == ChunkSize)
        {
            var texts = new string[ChunkSize];
            for (var i = 0; i < ChunkSize; i++)
            {
                texts[i] = _abstracts[derived + i].Abstract;
            }
            _chunks.Add(Task.Run(() => Array.ConvertAll(texts, TextDeriver.Derive)));
        }
    }

    /// <summary>
    /// The year's publications: the chunks derived in the background, then the rest on every core; slugs are given
    /// in file order, so the first of two equal headlines keeps the plain slug whatever the threads did.
    /// </summary>
    public PublicationYear Build()
    {
        var derived = new DerivedText[_abstracts.Count];
        var ahead = _chunks.Count * ChunkSize;
        Parallel.For(ahead, derived.Length, i => derived[i] = TextDeriver.Derive(_abstracts[i].Abstract));
        for (var c = 0; c < _chunks.Count; c++)
        {
            // Rethrows what a chunk threw: a bug in deriving, never swallowed.
            _chunks[c].GetAwaiter().GetResult().CopyTo(derived, c * ChunkSize);
        }
        var publications = new Publication[derived.Length];
        for (var i = 0; i < publications.Length; i++)
        {
            var ordinal = i + 1;
            var (abstractText, line) = _abstracts[i];
            var slug = UniqueSlug(derived[i].SlugBase.Length > 0 ? derived[i].SlugBase : $"paper-{ordinal}");
            publications[i] = new Publication(year, ordinal, line, abstractText, derived[i].Headline, slug, derived[i].PlainText, derived[i].Links);
        }
        return new PublicationYear(year, publications);
    }

    /// <summary>Waits for the background chunks of a list that will not be built (it has errors), so no work outlives the parse.</summary>
    public void Abandon() => Task.WaitAll(_chunks);

    private string UniqueSlug(string slug)
    {
        var candidate = slug;
        for (var n = 2; !_slugs.Add(candidate); n++)
        {
            var suffix = $"-{n}";
            var stem = slug.Length + suffix.Length > MaxSlugLength ? slug[..(MaxSlugLength - suffix.Length)].TrimEnd('-') : slug;
            candidate = stem + suffix;
        }
        return candidate;
    }
}
