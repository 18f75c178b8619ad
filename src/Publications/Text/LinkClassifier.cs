using Publications.Model;

namespace Publications.Text;

/// <summary>Turns an allowed URL into a labelled <see cref="PublicationLink"/> (GitHub, Hugging Face, arXiv, other).</summary>
internal static class LinkClassifier
{
    private const string Separator = " · ";

    /// <summary>Classifies <paramref name="uri"/>; <paramref name="href"/> is kept exactly as written.</summary>
    public static PublicationLink Classify(string href, Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return host switch
        {
            "github.com" => GitHub(href, segments),
            "huggingface.co" or "hf.co" => HuggingFace(href, host, segments),
            "arxiv.org" or "export.arxiv.org" => ArXiv(href, host, segments),
            _ => new PublicationLink(href, LinkKind.Web, host),
        };
    }

    private static PublicationLink GitHub(string href, string[] segments)
    {
        if (segments.Length >= 2)
        {
            // The href keeps ".git" (it is what the author wrote and it still works); the label reads better without.
            var repo = segments[1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[1][..^4] : segments[1];
            return new PublicationLink(href, LinkKind.Code, $"Code{Separator}{segments[0]}/{repo}");
        }
        // A user or organisation page is not code: label it as GitHub so the button still says where it goes.
        return segments.Length == 1
            ? new PublicationLink(href, LinkKind.Web, $"GitHub{Separator}{segments[0]}")
            : new PublicationLink(href, LinkKind.Web, "github.com");
    }

    private static PublicationLink HuggingFace(string href, string host, string[] segments)
    {
        if (segments.Length >= 3)
        {
            var kind = segments[0] switch
            {
                "datasets" => LinkKind.Dataset,
                "spaces" => LinkKind.Space,
                "collections" => LinkKind.Collection,
                _ => (LinkKind?)null,
            };
            if (kind is { } k)
            {
                return new PublicationLink(href, k, $"{k}{Separator}{segments[1]}/{segments[2]}");
            }
        }
        if (segments.Length >= 2 && !IsHuggingFaceSection(segments[0]))
        {
            return new PublicationLink(href, LinkKind.Model, $"Model{Separator}{segments[0]}/{segments[1]}");
        }
        return new PublicationLink(href, LinkKind.Web, host);
    }

    // First path segments of huggingface.co that are site sections, not model owners.
    private static bool IsHuggingFaceSection(string segment) => segment is
        "datasets" or "spaces" or "collections" or "models" or "docs" or "blog" or "papers" or "learn"
        or "organizations" or "settings" or "join" or "login" or "pricing" or "tasks";

    private static PublicationLink ArXiv(string href, string host, string[] segments)
    {
        if (segments.Length >= 2 && segments[0] is "abs" or "pdf" or "html")
        {
            var id = string.Join('/', segments[1..]);
            if (id.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                id = id[..^4];
            }
            return new PublicationLink(href, LinkKind.Paper, $"arXiv{Separator}{id}");
        }
        return new PublicationLink(href, LinkKind.Web, host);
    }
}
