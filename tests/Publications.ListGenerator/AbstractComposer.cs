namespace Publications.ListGenerator;

/// <summary>What one abstract is about; sentences draw on it so the abstract reads as one paper.</summary>
internal sealed record PaperContext(int Year, string Topic, string Task, PaperName? Name, string Subject);

/// <summary>
/// Composes one abstract: context, problem, contribution, then method and result sentences until a target
/// length of <see cref="MinWords"/>–<see cref="MaxWords"/> words, then an optional closing with code/model links.
/// </summary>
internal sealed class AbstractComposer(Random random)
{
    public const int MinWords = PublicationListGenerator.MinWords;
    public const int MaxWords = PublicationListGenerator.MaxWords;

    /// <summary>Head room for the rare glued sentence or URL, which merges two words into one.</summary>
    private const int GlueMargin = 5;

    private readonly SentenceBank _sentences = new(random);

    public string Compose(int year)
    {
        var context = NewContext(year);
        var sentences = new List<string> { _sentences.Opening(context), _sentences.Problem(), _sentences.Contribution(context) };
        var closing = _sentences.Closing(context);
        var words = WordCount(sentences) + WordCount(closing);
        var target = random.Next(MinWords + GlueMargin, MaxWords + 1);
        while (words < target)
        {
            var sentence = Pick.Chance(random, 35) ? _sentences.Result(context) : _sentences.Method(context);
            if (sentences.Contains(sentence))
            {
                continue; // a repeated sentence reads as a bug; draw again
            }
            var length = WordCount(sentence);
            if (words + length > MaxWords)
            {
                break;
            }
            sentences.Add(sentence);
            words += length;
        }
        if (closing.Length > 0)
        {
            sentences.Add(closing);
        }
        return Join(sentences);
    }

    private PaperContext NewContext(int year)
    {
        var topic = Pick.Dated(random, Vocabulary.Topics, year);
        var task = Pick.Dated(random, Vocabulary.Tasks, year);
        // One paper in five is a study or survey without a named contribution (headline rule 2 or 3).
        var name = Pick.Chance(random, 80) ? PaperName.Create(random) : null;
        var subject = name?.Acronym ?? Pick.One(random, ["our approach", "the proposed method", "our framework"]);
        return new PaperContext(year, topic, task, name, subject);
    }

    /// <summary>Sentences joined by a space; rarely one is glued to the next without it ("hallucination.We"), as in the shipped list.</summary>
    private string Join(List<string> sentences)
    {
        var glued = Pick.Chance(random, 3) && sentences.Count > 3 ? random.Next(1, sentences.Count - 1) : -1;
        if (glued >= 0)
        {
            sentences[glued] += sentences[glued + 1];
            sentences.RemoveAt(glued + 1);
        }
        return string.Join(' ', sentences);
    }

    internal static int WordCount(IEnumerable<string> sentences) => sentences.Sum(WordCount);

    internal static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
