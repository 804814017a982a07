using GraphQL.Language.Ast;

namespace GraphQL.Validation.Limits;

internal static class LimitErrors
{
    /// <summary>
    /// Records an error that carries its own code. <see cref="ValidationContext.ReportError"/>
    /// cannot set <see cref="ValidationError.Code"/>, so the error goes straight into the
    /// context's list (a <c>List&lt;ValidationError&gt;</c> behind the read-only view).
    /// </summary>
    public static void Report(ValidationContext context, string message, string code, Node node)
    {
        var error = new ValidationError(message, [node.Location]) { Code = code };
        if (context.Errors is ICollection<ValidationError> { IsReadOnly: false } errors)
        {
            errors.Add(error);
        }
        else
        {
            // Should the context stop exposing its list, the refusal must still happen.
            context.ReportError($"{message} ({code})", node);
        }
    }
}
