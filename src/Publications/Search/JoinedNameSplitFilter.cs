using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Publications.Search;

/// <summary>
/// Adds the parts of a joined name after the whole word, at the same position: <c>LLMRouterBench</c> →
/// <c>LLMRouterBench</c>, <c>LLM</c>, <c>Router</c>, <c>Bench</c>; <c>CoGenesis</c> → also <c>Co</c>, <c>Genesis</c>;
/// glued sentences <c>hallucination.We</c> → also <c>hallucination</c>, <c>We</c>.
/// Lucene's WordDelimiterFilter would give <c>LLMRouter</c>, <c>Bench</c> (it does not end an acronym run
/// before a capitalised word), hence this filter. Must run before lowercasing. Parts shorter than two
/// letters are dropped; stacking the parts (position increment 0) keeps phrases over the whole word intact.
/// </summary>
internal sealed class JoinedNameSplitFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<(int Start, int Length)> _parts = new();
    private string _word = "";
    private int _wordStart;

    public JoinedNameSplitFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            EmitPart(_parts.Dequeue());
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!MaySplit(_term.Buffer, _term.Length))
        {
            // Most words: no capital after the first letter and no dot, so nothing to split (and nothing allocated).
            return true;
        }
        _word = _term.ToString();
        foreach (var part in Split(_word))
        {
            _parts.Enqueue(part);
        }
        if (_parts.Count > 0)
        {
            // Offsets point into the original text only when the term is that text unchanged.
            _wordStart = _offset.EndOffset - _offset.StartOffset == _word.Length ? _offset.StartOffset : -1;
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
    }

    /// <summary>False when <see cref="Split"/> surely finds no parts: no dot, and no capital after the first character.</summary>
    private static bool MaySplit(char[] buffer, int length)
    {
        for (var i = 1; i < length; i++)
        {
            if (buffer[i] == '.' || char.IsUpper(buffer[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The parts of a word split at case changes, and at a full stop between letters: sentences glued without a
    /// space (<c>hallucination.We</c>, DESIGN §1) stay one token in UAX#29, yet each word must be found (and
    /// suggested) on its own. Empty when the word is neither a joined name nor glued words.
    /// </summary>
    internal static List<(int Start, int Length)> Split(string word)
    {
        var segments = DotSegments(word);
        var parts = new List<(int Start, int Length)>();
        foreach (var (start, length) in segments)
        {
            if (segments.Count > 1 && length >= 2)
            {
                parts.Add((start, length));
            }
            var caseParts = CaseParts(word.Substring(start, length));
            parts.AddRange(caseParts.Select(p => (start + p.Start, p.Length)).Where(p => !parts.Contains(p)));
        }
        return parts;
    }

    /// <summary>The stretches of <paramref name="word"/> between full stops that have a letter on both sides.</summary>
    private static List<(int Start, int Length)> DotSegments(string word)
    {
        var segments = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] == '.' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
            {
                segments.Add((start, i - start));
                start = i + 1;
            }
        }
        segments.Add((start, word.Length - start));
        return segments;
    }

    /// <summary>The parts of a word split at case changes; empty when it is not a joined name.</summary>
    private static List<(int Start, int Length)> CaseParts(string word)
    {
        var parts = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || IsBoundary(word, i))
            {
                if (i - start >= 2)
                {
                    parts.Add((start, i - start));
                }
                start = i;
            }
        }
        // One part covering the whole word (or none) means nothing to add.
        return parts.Count >= 2 || (parts.Count == 1 && parts[0].Length < word.Length) ? parts : [];
    }

    private static bool IsBoundary(string word, int i)
    {
        var previous = word[i - 1];
        var current = word[i];
        if (!char.IsUpper(current))
        {
            return false;
        }
        // "coGenesis": lower → upper; "LLMRouter": the last capital of a run that starts a capitalised word.
        return char.IsLower(previous)
            || (char.IsUpper(previous) && i + 1 < word.Length && char.IsLower(word[i + 1]));
    }

    private void EmitPart((int Start, int Length) part)
    {
        // No captured state to restore: the parts differ from the word only in term, position and offsets, and
        // all three are set here (filters after this one change the term in place, so it is set afresh each time).
        // Capturing the whole state per word cloned every attribute and was the largest cost of indexing.
        _term.SetEmpty().Append(_word.Substring(part.Start, part.Length));
        _position.PositionIncrement = 0;
        if (_wordStart >= 0)
        {
            _offset.SetOffset(_wordStart + part.Start, _wordStart + part.Start + part.Length);
        }
    }
}
