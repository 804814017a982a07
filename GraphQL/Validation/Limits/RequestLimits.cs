using GraphQL.Language;

namespace GraphQL.Validation.Limits;

/// <summary>
/// How much one request may ask of the server. A transport binds it from configuration (section
/// "GraphQL"); the depth and cost limits run as validation rules, the sizes before parsing.
/// </summary>
public sealed class RequestLimits
{
    public const string SectionName = "GraphQL";

    /// <summary>Deepest field nesting, counting through fragments; introspection fields count too.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost (see <see cref="CostAnalyzer"/>) an operation may have.</summary>
    public double MaxCost { get; set; } = 10_000;

    /// <summary>Longest document (the "query" text), in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Largest request body (document, variables and extensions together), in bytes. Variables may
    /// legitimately outweigh the document, so this is separate from <see cref="MaxDocumentBytes"/>.
    /// </summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Most tokens the parser reads before giving up (graphql-js's maxTokens).</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>The weights and sizes the cost analysis assumes where the schema says nothing.</summary>
    public CostDefaults Cost { get; set; } = new();

    /// <summary>Parser limits for the executor (its ParserOptions).</summary>
    public ParserOptions ToParserOptions() => new() { MaxTokens = MaxTokens };

    /// <summary>The depth and cost rules, as factories for the executor's AdditionalValidationRules.</summary>
    public IReadOnlyList<Func<ValidationRule>> CreateValidationRules()
    {
        int maxDepth = MaxDepth;
        double maxCost = MaxCost;
        CostDefaults cost = Cost;
        return [() => new MaxDepthRule(maxDepth), () => new CostLimitRule(maxCost, cost)];
    }
}

/// <summary>
/// Defaults for fields without <c>@cost</c> or <c>@listSize</c>, as HotChocolate applies them:
/// a field that produces an object costs 1, a scalar or enum field costs nothing.
/// </summary>
public sealed class CostDefaults
{
    public double CompositeFieldWeight { get; set; } = 1;

    public double ScalarFieldWeight { get; set; }

    /// <summary>The size assumed for a list field without <c>@listSize</c> or a usable slicing argument.</summary>
    public int DefaultListSize { get; set; } = 10;
}
