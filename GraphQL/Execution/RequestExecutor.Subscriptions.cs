using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Spec section 6.2.3: Subscribe, CreateSourceEventStream and MapSourceToResponseEvent.</summary>
public sealed partial class RequestExecutor
{
    // A result with the stream and no data; or, when the source stream cannot be created, the
    // field error alone (no data, RequestError None), as graphql-js's subscribe() answers.
    private static async ValueTask<ExecutionResult> SubscribeAsync(OperationContext context, SelectionPlan rootPlan)
    {
        if (rootPlan.Fields.Length == 0)
        {
            // Every root field was skipped or unknown; validation normally rules this out.
            return new ExecutionResult { Errors = [GraphQLError.WithCode("The subscription selects no field.", ErrorCodes.ValidationFailed, Locations.Of(context.Operation))] };
        }

        FieldPlan field = rootPlan.Fields[0];
        var placeholder = new ResultMap(rootPlan.Keys, null, 0, false);
        IAsyncEnumerable<object?> source;
        try
        {
            source = await CreateSourceEventStreamAsync(context, field, placeholder).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            context.FieldFailed(placeholder, 0, false, field, error);
            return new ExecutionResult { Errors = context.ErrorsOrNull };
        }

        return new ExecutionResult { Stream = MapSourceToResponseEvents(context, rootPlan, source, default) };
    }

    private static async ValueTask<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync(OperationContext context, FieldPlan field, ResultMap placeholder)
    {
        var resolverContext = new ResolverContext(context, field, context.RootValue, field.GetArguments(context.Variables), placeholder, 0);
        if (field.Definition.Subscriber is { } subscriber)
        {
            return await subscriber(resolverContext).ConfigureAwait(false);
        }

        // No subscriber: the root value may hold the stream, as graphql-js's default subscribe reads it.
        object? value = field.Definition.Resolver is { } resolver
            ? await resolver(resolverContext).ConfigureAwait(false)
            : DefaultResolver.Resolve(field, context.RootValue);
        return value as IAsyncEnumerable<object?>
            ?? throw new FieldErrorException($"Subscription field must return Async Iterable. Received: {Inspect.Value(value)}.", ErrorCodes.InternalServerError);
    }

    // One response per source event, each a fresh execution of the selection set with the event as
    // the root field's value. Cancelling (the request's token or the enumerator's) ends the stream
    // and disposes the source; a failing source ends it with one last result carrying the error.
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvents(
        OperationContext subscription,
        SelectionPlan rootPlan,
        IAsyncEnumerable<object?> source,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(subscription.CancellationToken, cancellationToken);
        IAsyncEnumerator<object?> events = source.GetAsyncEnumerator(cancellation.Token);
        try
        {
            while (true)
            {
                bool hasEvent;
                ExecutionResult? failure = null;
                try
                {
                    hasEvent = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    yield break;
                }
                catch (Exception error)
                {
                    hasEvent = false;
                    failure = SourceFailed(subscription, rootPlan, error);
                }

                if (failure is not null)
                {
                    yield return failure;
                }

                if (!hasEvent)
                {
                    yield break;
                }

                ExecutionResult response;
                try
                {
                    response = await ExecuteEventAsync(subscription.ForEvent(), rootPlan, events.Current).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    yield break;
                }

                yield return response;
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static ExecutionResult SourceFailed(OperationContext subscription, SelectionPlan rootPlan, Exception error)
    {
        OperationContext context = subscription.ForEvent();
        var data = new ResultMap(rootPlan.Keys, null, 0, false);
        context.FieldFailed(data, 0, false, rootPlan.Fields[0], error);
        return new ExecutionResult { Errors = context.ErrorsOrNull };
    }

    // Spec section 6.2.3.2 MapSourceToResponseEvent / ExecuteSubscriptionEvent.
    private static async ValueTask<ExecutionResult> ExecuteEventAsync(OperationContext context, SelectionPlan rootPlan, object? sourceEvent)
    {
        var data = new ResultMap(rootPlan.Keys, null, 0, false);
        for (int i = 0; i < rootPlan.Fields.Length; i++)
        {
            FieldPlan field = rootPlan.Fields[i];
            if (i == 0)
            {
                context.ExecuteEventField(data, i, field, sourceEvent);
            }
            else
            {
                context.ExecuteField(data, i, field, context.RootValue);
            }
        }

        if (context.HasOutstandingWork)
        {
            await context.RunAsync().ConfigureAwait(false);
        }

        return BuildResult(context, data);
    }
}
