using System.Globalization;

namespace Publications.ListGenerator;

/// <summary>
/// Sentence templates in the shipped list's style. Each method draws only from the shared seeded stream,
/// so the same seed gives the same sentences. Includes the shipped list's quirks: bold and italic Markdown,
/// "×", "—", curly apostrophes, and URLs followed by punctuation or glued to the word before.
/// </summary>
internal sealed class SentenceBank(Random random)
{
    public string Opening(PaperContext c) => random.Next(4) switch
    {
        0 => $"Research on {c.Topic} has become a {One(["promising", "powerful", "dominant"])} direction for {c.Task}.",
        1 => $"Recent advances in {c.Topic} have enabled remarkable progress in {c.Task}.",
        2 => $"Despite the success of {c.Topic}, {c.Task} remains a challenging problem.",
        _ => $"{Capitalize(c.Task)} is a fundamental task, and methods based on {c.Topic} offer a natural way to approach it.",
    };

    public string Problem() => random.Next(3) switch
    {
        0 => $"However, existing methods {One(Vocabulary.Limitations)}.",
        1 => $"Existing approaches typically {One(Vocabulary.Limitations)}, which {One(Vocabulary.Consequences)}.",
        _ => $"Meanwhile, current systems {One(Vocabulary.Limitations)} and {One(Vocabulary.Limitations)}.",
    };

    public string Contribution(PaperContext c)
    {
        if (c.Name is not { } name)
        {
            return random.Next(2) == 0
                ? $"This paper presents a {One(["systematic study", "comprehensive survey", "large-scale analysis"])} of {c.Topic} for {c.Task}."
                : $"In this work, we conduct a {One(["controlled", "careful", "unified"])} study of {c.Topic} and its limits on {c.Task}.";
        }
        var kind = $"{One(Vocabulary.Adjectives)} {One(Vocabulary.Kinds)}";
        return random.Next(4) switch
        {
            0 => $"We propose {name.Markdown} ({name.Acronym}), a {kind} for {c.Task}.",
            1 => $"In this paper, we introduce {name.Markdown} ({name.Acronym}), a {kind} that helps {One(Vocabulary.Purposes)}.",
            2 => $"To address these issues, we present **{name.Acronym}**, a {kind} built on {c.Topic}.",
            _ => $"We propose {name.Acronym}, a {kind} that {One(Vocabulary.Verbs)} {One(Vocabulary.Objects)}.",
        };
    }

    public string Method(PaperContext c) => random.Next(6) switch
    {
        0 => $"{Capitalize(c.Subject)} {One(Vocabulary.Verbs)} {One(Vocabulary.Objects)} to {One(Vocabulary.Purposes)}.",
        1 => $"To support effective learning, we introduce {One(Vocabulary.Components)} based on {One(Vocabulary.Objects)}.",
        2 => $"{Capitalize(c.Subject)} consists of three parts: {One(Vocabulary.Components)}, {One(Vocabulary.Components)}, and {One(Vocabulary.Components)}.",
        3 => $"We further introduce *{One(Vocabulary.EmphasisPhrases)}*, which helps {One(Vocabulary.Purposes)}.",
        4 => $"Unlike prior work on {c.Topic}, {c.Subject} {One(Vocabulary.Verbs)} {One(Vocabulary.Objects)} without task-specific supervision.",
        _ => $"We also provide a theoretical analysis showing that this design can {One(Vocabulary.Purposes)}.",
    };

    public string Result(PaperContext c) => random.Next(5) switch
    {
        0 => Invariant($"Experiments on {random.Next(3, 13)} benchmarks show that {c.Subject} consistently outperforms {One(Vocabulary.Baselines)} by {random.Next(15, 200) / 10.0:0.0}% on average."),
        1 => Invariant($"On {One(Vocabulary.Benchmarks)}, {c.Subject} reaches {random.Next(400, 960) / 10.0:0.0} accuracy, surpassing {One(Vocabulary.Baselines)} by {random.Next(5, 150) / 10.0:0.0} points."),
        2 => Invariant($"{Capitalize(c.Subject)} achieves speedups of {random.Next(12, 60) / 10.0:0.0}× over {One(Vocabulary.Baselines)} while preserving output quality."),
        3 => $"Extensive ablations confirm the importance of each component — in particular {One(Vocabulary.Components)}.",
        _ => $"Notably, {c.Subject}’s gains are largest on the hardest instances of {c.Task}.",
    };

    /// <summary>Links as the shipped list writes them; empty for most papers.</summary>
    public string Closing(PaperContext c)
    {
        var repository = $"https://github.com/{One(Vocabulary.CodeOwners)}/{c.Name?.RepositoryName ?? Slug(c.Topic)}";
        return random.Next(100) switch
        {
            < 3 => $"The source code is publicly available at{repository}.",
            < 6 => $"Our code is available at {repository}.git.",
            < 35 => $"Our code is publicly available at {repository}.",
            < 48 => $"Code and models are available at {repository} and {ModelUrl(c)}.",
            < 53 => $"The dataset is released at https://huggingface.co/datasets/{One(Vocabulary.CodeOwners)}/{(c.Name?.Acronym ?? "Synthetic")}-Bench.",
            < 70 => $"These results highlight the potential of {c.Topic} for {c.Task}.",
            _ => "",
        };
    }

    private string ModelUrl(PaperContext c) =>
        $"https://huggingface.co/{One(Vocabulary.CodeOwners)}/{c.Name?.Acronym ?? "Model"}-{One(Vocabulary.ModelSizes)}";

    private string One(string[] items) => Pick.One(random, items);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string text) => text.Replace(' ', '-');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
