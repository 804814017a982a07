using GraphQL.Language.Ast;

namespace GraphQL.Validation.Limits;

/// <summary>
/// Refuses an operation whose estimated cost (<see cref="CostAnalyzer"/>) exceeds the maximum, and
/// a field that <c>@listSize(requireOneSlicingArgument: true)</c> asks exactly one slicing argument of
/// but gets none or several. Validation results are cached per document, so this rule cannot see
/// variable values: an operation whose list sizes depend on a variable is left to
/// <see cref="CostLimitingExecutor"/>, which checks it with each request's values. Refusing it here
/// on a guess would turn away <c>users(first: $n)</c> with <c>n = 3</c>.
/// </summary>
public sealed class CostLimitRule(double maxCost = 10_000, CostDefaults? defaults = null) : ValidationRule
{
    public double MaxCost { get; } = maxCost;

    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                CostEstimate estimate;
                try
                {
                    estimate = CostAnalyzer.Analyze(context.Schema, context.Document, operation, null, defaults);
                }
                catch (InsufficientExecutionStackException)
                {
                    LimitErrors.Report(context, $"The query is nested too deeply to estimate its cost; the maximum cost is {MaxCost}.",
                        LimitErrorCodes.CostLimitExceeded, operation);
                    return false;
                }

                foreach (SlicingViolation violation in estimate.SlicingViolations)
                {
                    LimitErrors.Report(context,
                        $"Field \"{violation.Field.Name.Value}\" needs exactly one of the slicing arguments {string.Join(", ", violation.SlicingArguments)}.",
                        LimitErrorCodes.SlicingArgumentRequired, violation.Field);
                }

                if (estimate.Total > MaxCost && !estimate.DependsOnVariables)
                {
                    LimitErrors.Report(context, CostMessage(estimate, MaxCost), LimitErrorCodes.CostLimitExceeded, operation);
                }

                return false;
            case FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }

    internal static string CostMessage(CostEstimate estimate, double maxCost) =>
        $"The query's estimated cost {estimate.TotalText} exceeds the maximum of {maxCost}.";
}
