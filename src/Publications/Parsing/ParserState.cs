using System.Buffers;
using Publications.Model;

namespace Publications.Parsing;

/// <summary>
/// The line-by-line state machine behind <see cref="ListParser"/>: header, then years and papers. With a sink, each
/// publication is handed on as soon as it is made (see <see cref="YearBuilder"/>) and <see cref="FinishStreamed"/>
/// ends the parse; without one, <see cref="Finish"/> gives the whole list.
/// </summary>
internal sealed class ParserState(string path, Action<Publication>? sink = null)
{
    private enum Stage { BeforeHeader, Header, AfterHeader, Years }

    /// <summary>C0 controls other than tab, DEL and C1 controls: searched for in every line, so vectorised.</summary>
    private static readonly SearchValues<char> s_controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c)]);

    private readonly List<ListError> _errors = [];
    private readonly List<ListError> _warnings = [];
    private readonly List<string> _header = [];
    private readonly Dictionary<int, YearBuilder> _years = [];
    private Stage _stage = Stage.BeforeHeader;
    private YearBuilder? _current;
    private (int Year, int Line, int CountAtHeading)? _openHeading;

    public void Accept(SourceLine line)
    {
        if (line.Text is null)
        {
            Error(line.Number, "the line is not valid UTF-8");
            return;
        }
        var text = line.Text.Trim();
        if (text.Length == 0)
        {
            if (_stage == Stage.Header)
            {
                _stage = Stage.AfterHeader;
            }
            return;
        }
        if (FindControlCharacter(text) is { } control)
        {
            Error(line.Number, $"the line contains the control character U+{(int)control:X4}");
            return;
        }
        if (FindLoneSurrogate(text) is { } invalid)
        {
            // Only text handed over as a string can hold one (files are decoded strictly): not text at all.
            Error(line.Number, $"the line contains a lone surrogate U+{(int)invalid:X4}, which is not text");
            return;
        }
        if (ListParser.IsYearHeading(text))
        {
            StartYear(line.Number, text);
            return;
        }
        switch (_stage)
        {
            case Stage.BeforeHeader:
                _header.Add(text);
                _stage = Stage.Header;
                break;
            case Stage.Header:
                _header.Add(text);
                break;
            case Stage.AfterHeader:
                Error(line.Number, "text after the owner's name must come under a year heading (a line of four digits, e.g. 2024)");
                break;
            default:
                // A list with errors is never built, so its abstracts need not be derived.
                _current!.Add(text, line.Number, deriveAhead: _errors.Count == 0);
                break;
        }
    }

    private void StartYear(int number, string text)
    {
        if (_stage == Stage.BeforeHeader)
        {
            Error(number, "the list must start with its owner's name, not a year heading");
        }
        CloseHeading();
        var year = ListParser.ParseYear(text);
        if (!_years.TryGetValue(year, out _current))
        {
            _current = new YearBuilder(year, sink);
            _years.Add(year, _current);
        }
        _openHeading = (year, number, _current.Count);
        _stage = Stage.Years;
    }

    private void CloseHeading()
    {
        if (_openHeading is { } h && _years[h.Year].Count == h.CountAtHeading)
        {
            _warnings.Add(new ListError(path, h.Line, $"the year heading {h.Year} has no publications under it"));
        }
    }

    /// <summary>The list, or the errors that make it unusable; only without a sink.</summary>
    public ParseResult Finish()
    {
        if (!Close())
        {
            return new ParseResult(null, [.. _errors.OrderBy(e => e.Line)], _warnings);
        }
        var subtitle = Subtitle();
        var years = _years.Values.Where(y => y.Count > 0).Select(y => y.Build());
        return new ParseResult(new PublicationList(_header[0], subtitle, years), [], _warnings);
    }

    /// <summary>
    /// Hands on every publication not yet handed to the sink and says what the list was; with errors the sink has
    /// received only some publications, nothing more is handed on, and the caller must discard what it received.
    /// </summary>
    public StreamedList FinishStreamed()
    {
        if (!Close())
        {
            return new StreamedList(null, null, 0, 0, [.. _errors.OrderBy(e => e.Line)], _warnings);
        }
        foreach (var year in _years.Values)
        {
            year.Flush();
        }
        var years = _years.Values.Where(y => y.Count > 0).ToList();
        return new StreamedList(_header[0], Subtitle(), years.Sum(y => y.Count), years.Count, [], _warnings);
    }

    /// <summary>Ends the last heading and checks the header; false (background work waited for) when the list has errors.</summary>
    private bool Close()
    {
        CloseHeading();
        if (_header.Count == 0 && _errors.Count == 0)
        {
            Error(1, "the list is empty: its first line must be the owner's name");
        }
        if (_errors.Count == 0)
        {
            return true;
        }
        foreach (var year in _years.Values)
        {
            year.Abandon();
        }
        return false;
    }

    private string? Subtitle() => _header.Count > 1 ? string.Join(" ", _header.Skip(1)) : null;

    private void Error(int line, string problem) => _errors.Add(new ListError(path, line, problem));

    /// <summary>A surrogate that is not half of a pair: it encodes no character (and Unicode normalisation throws on it).</summary>
    private static char? FindLoneSurrogate(string text)
    {
        // Almost every line has no surrogate at all: one vectorised search, then the pairs from the first one on.
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return null;
        }
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return text[i];
            }
        }
        return null;
    }

    /// <summary>C0 controls other than tab, DEL and C1 controls have no place in text shown as HTML.</summary>
    private static char? FindControlCharacter(string text)
    {
        var at = text.AsSpan().IndexOfAny(s_controls);
        return at < 0 ? null : text[at];
    }
}
