using GraphQL.Language.Ast;

namespace GraphQL.Validation.Limits;

internal static class LimitErrors
{
    /// <summary>Records a refusal with its own code, so that clients can tell a limit from an invalid document.</summary>
    public static void Report(ValidationContext context, string message, string code, Node node) =>
        context.ReportError(new ValidationError(message, [node.Location]) { Code = code });
}
