namespace GraphQL.Execution;

/// <summary>Spec section 6.4.4 (Handling Execution Errors) and 7.1.2 (error entries): field errors and null propagation.</summary>
internal sealed partial class OperationContext
{
    /// <summary>Records a field error at a position and puts null there (spec section 6.4.4).</summary>
    public void FieldFailed(ResultContainer container, int index, bool nonNull, FieldPlan plan, Exception exception)
    {
        if (!IsDiscarded(container))
        {
            Errors.Add(ToError(exception, plan, container, index));
        }

        NullPosition(container, index, nonNull);
    }

    // A position inside an object or list that a null has already replaced is not in the
    // response: its errors are not reported (as graphql-js, which stops at the first error that
    // nulls a parent), so each null in the response is explained by exactly one error.
    public bool IsDiscarded(ResultContainer container)
    {
        if (DataIsNull)
        {
            return true;
        }

        for (ResultContainer? current = container; current is not null; current = current.Parent)
        {
            if (current.IsNulled)
            {
                return true;
            }
        }

        return false;
    }

    private void AddError(ResultContainer container, int index, FieldPlan plan, string message, string code, IReadOnlyDictionary<string, object?>? extra)
    {
        if (IsDiscarded(container))
        {
            return;
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extra is not null)
        {
            foreach (KeyValuePair<string, object?> entry in extra)
            {
                extensions.TryAdd(entry.Key, entry.Value);
            }
        }

        Errors.Add(new GraphQLError(message, plan.ErrorLocations, container.PathTo(index), extensions));
    }

    private GraphQLError ToError(Exception exception, FieldPlan plan, ResultContainer container, int index)
    {
        IReadOnlyList<ErrorLocation>? locations = plan.ErrorLocations;
        List<object> path = container.PathTo(index);
        switch (exception)
        {
            case GraphQLException known:
                var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = known.Code };
                if (known.ExtraExtensions is { } extra)
                {
                    foreach (KeyValuePair<string, object?> entry in extra)
                    {
                        extensions.TryAdd(entry.Key, entry.Value);
                    }
                }

                return new GraphQLError(known.Message, locations, path, extensions);
            case FieldErrorException own:
                return GraphQLError.WithCode(own.Message, own.Code, locations, path);
        }

        GraphQLError filtered = Options.ErrorFilter is { } filter
            ? filter(exception)
            : GraphQLError.WithCode("Unexpected Execution Error", ErrorCodes.InternalServerError);
        filtered = filtered with
        {
            Locations = filtered.Locations ?? locations,
            Path = filtered.Path ?? path,
        };
        if (Options.IncludeExceptionDetails)
        {
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (filtered.Extensions is { } existing)
            {
                foreach (KeyValuePair<string, object?> entry in existing)
                {
                    extensions[entry.Key] = entry.Value;
                }
            }

            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
            filtered = filtered with { Extensions = extensions };
        }

        return filtered;
    }

    // Spec section 6.4.4: a null in a non-null position makes the enclosing object or list null,
    // up to the nearest position that may be null; past the root, the data itself is null.
    private void NullPosition(ResultContainer container, int index, bool nonNull)
    {
        if (!nonNull)
        {
            container.Set(index, null);
            return;
        }

        ResultContainer? current = container;
        while (current is not null)
        {
            if (current.IsNulled)
            {
                return;
            }

            current.IsNulled = true;
            if (current.Parent is not { } parent)
            {
                DataIsNull = true;
                return;
            }

            if (!current.NonNullInParent)
            {
                parent.Set(current.IndexInParent, null);
                return;
            }

            current = parent;
        }
    }
}
