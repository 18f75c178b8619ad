using System.Net;

namespace Publications.Text;

/// <summary>TEMPORARY stand-in until Text/ lands (being written now): HTML-encodes the abstract.</summary>
public sealed class MarkdownRenderer
{
    /// <summary>Renders an abstract to a safe HTML fragment.</summary>
#pragma warning disable CA1822 // temporary
    public string Render(string abstractText) => $"<p>{WebUtility.HtmlEncode(abstractText)}</p>";
}
