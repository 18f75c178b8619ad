namespace Publications.ListGenerator;

/// <summary>A phrase and the first year it is plausible in (no "large language models" in 1980).</summary>
internal readonly record struct DatedPhrase(string Text, int Since);

/// <summary>
/// Word lists in the style of the shipped list (machine learning abstracts). Topics and tasks carry the year
/// they appear from, so old years read like their era and the typical benchmark queries hit the recent years.
/// </summary>
internal static class Vocabulary
{
    public static readonly DatedPhrase[] Topics =
    [
        new("expert systems", 1975), new("Bayesian networks", 1980), new("hidden Markov models", 1980),
        new("backpropagation", 1982), new("decision trees", 1984), new("Hopfield networks", 1982),
        new("reinforcement learning", 1985), new("genetic algorithms", 1985), new("support vector machines", 1993),
        new("kernel methods", 1995), new("graph reasoning", 1995), new("probabilistic graphical models", 1998),
        new("spectral clustering", 2000), new("topic models", 2003), new("federated learning", 2016),
        new("deep convolutional networks", 2010), new("graph neural networks", 2014), new("generative adversarial networks", 2014),
        new("knowledge distillation", 2015), new("neural architecture search", 2016), new("transformers", 2017),
        new("contrastive learning", 2018), new("mixture-of-experts models", 2017), new("diffusion models", 2020),
        new("large language models", 2020), new("diffusion language models", 2022), new("vision-language models", 2021),
        new("retrieval-augmented generation", 2020), new("test-time scaling", 2023), new("preference optimization", 2023),
        new("multi-agent systems", 1990), new("state space models", 2021), new("model merging", 2022),
        new("speculative decoding", 2023), new("instruction tuning", 2021), new("chain-of-thought prompting", 2022),
    ];

    public static readonly DatedPhrase[] Tasks =
    [
        new("speech recognition", 1975), new("machine translation", 1975), new("image classification", 1980),
        new("robot navigation", 1980), new("medical diagnosis", 1975), new("time series forecasting", 1975),
        new("question answering", 1990), new("text classification", 1990), new("information retrieval", 1975),
        new("protein structure prediction", 1990), new("recommendation", 1998), new("object detection", 2000),
        new("semantic segmentation", 2005), new("molecular property prediction", 2010), new("code generation", 2015),
        new("mathematical reasoning", 2017), new("long-context understanding", 2020), new("embodied planning", 2018),
        new("hallucination detection", 2022), new("autonomous driving", 2010), new("traffic forecasting", 2012),
        new("scientific discovery", 1990), new("tool use", 2022), new("multimodal reasoning", 2020),
    ];

    public static readonly string[] NameWords =
    [
        "Adaptive", "Hierarchical", "Multi-Agent", "Reinforced", "Tree-Search", "Scaling", "Contrastive", "Sparse",
        "Latent", "Diffusion", "Graph", "Retrieval", "Memory", "Reasoning", "Planning", "Policy", "Optimization",
        "Preference", "Alignment", "Distillation", "Token", "Routing", "Expert", "Curriculum", "Self-Play",
        "Verification", "Consistency", "Attention", "Calibration", "Transfer", "Prompt", "Feedback", "Reward",
        "Uncertainty", "Exploration", "Structured", "Dynamic", "Efficient", "Robust", "Unified", "Generalist",
        "Web-grounded", "Iterative", "Program-aided", "Insight", "Counselor", "Bridge", "Ensemble", "Kernel",
    ];

    public static readonly string[] Adjectives =
    [
        "unified", "scalable", "lightweight", "principled", "training-free", "model-agnostic", "modular",
        "hierarchical", "data-efficient", "plug-and-play", "theoretically grounded", "simple yet effective",
    ];

    public static readonly string[] Kinds =
    [
        "framework", "method", "algorithm", "benchmark", "architecture", "training recipe", "decoding strategy",
        "agent", "toolkit", "evaluation protocol",
    ];

    public static readonly string[] Limitations =
    [
        "suffer from limited exploration diversity", "rely on large amounts of annotated data",
        "incur prohibitive computational costs at inference time", "fail to generalize beyond the training distribution",
        "ignore the structural dependencies between entities", "are highly sensitive to noisy rewards",
        "struggle with long-horizon planning", "scale poorly to long inputs", "lack a principled treatment of uncertainty",
        "are typically decoupled from structured search", "drift over iterations without external grounding",
    ];

    public static readonly string[] Consequences =
    [
        "limits their applicability in practice", "leads to diminishing returns", "constrains the achievable performance ceiling",
        "makes deployment on edge devices impractical", "undermines the reliability of the resulting models",
        "hinders fair comparison across methods",
    ];

    public static readonly string[] Verbs = ["models", "decomposes", "combines", "leverages", "aligns", "estimates", "refines", "exploits"];

    public static readonly string[] Objects =
    [
        "the search tree as a learnable interaction environment", "token-level rewards from a verifier",
        "a lightweight router over frozen experts", "the residual stream with a low-rank adapter",
        "hierarchical memories of past trajectories", "a curriculum of progressively harder tasks",
        "the attention pattern of each head", "a graph of entities and their relations",
        "uncertainty estimates from an ensemble of critics", "blockwise parallel decoding",
        "a contrastive objective over paired views", "programs that can be executed and checked",
    ];

    public static readonly string[] Purposes =
    [
        "improve credit assignment across long trajectories", "reduce the cost of inference",
        "suppress errors in synthetic training data", "capture long-range dependencies",
        "stabilize training under sparse rewards", "transfer knowledge across domains",
        "enable parallel generation without loss of quality", "calibrate predictions under distribution shift",
    ];

    public static readonly string[] Components =
    [
        "a path-level group advantage", "an experience selector", "an insight generator", "a dual-channel encoder",
        "a consistency regularizer", "a learned reward model", "a frequency-aware position embedding", "a sparse gating network",
    ];

    public static readonly string[] EmphasisPhrases =
    [
        "Preference Estimation", "Adaptive Token Routing", "Reward Shaping", "Consistency Regularization",
        "Positional Heads", "Evidence Retrieval", "Self-Refinement",
    ];

    public static readonly string[] Benchmarks =
    [
        "GSM8K", "MATH", "HumanEval", "MBPP", "MMLU", "ImageNet", "COCO", "WMT", "ARC", "LongBench", "PhyBench", "GLUE", "SQuAD",
    ];

    public static readonly string[] Baselines =
    [
        "strong baselines", "the previous state of the art", "supervised fine-tuning", "prompting-based methods",
        "single-agent policies", "autoregressive decoding",
    ];

    public static readonly string[] CodeOwners =
    [
        "TsinghuaC3I", "lfy-123", "gjq100", "Xuekai-Zhu", "open-research-lab", "nlp-group", "ml-systems", "deep-reasoning",
        "vision-lab", "agent-team", "kwang-lab", "zhang-research", "sparse-ai", "graph-learning", "llm-efficiency",
    ];

    public static readonly string[] ModelSizes = ["1.7B", "4B", "7B", "8B", "14B", "30B"];
}
