using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphQL.Execution;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>Spec section 6.2.3: the source stream comes from the root field's Subscriber; each event is executed as the root field's value.</summary>
public class SubscriptionTests
{
    private sealed record Message(string Text, string Author);

    private static Schema ChatSchema(Func<IResolverContext, ValueTask<IAsyncEnumerable<object?>>>? subscriber, Func<IResolverContext, ValueTask<object?>>? resolver = null)
    {
        Schema schema = SchemaBuilder.Build("""
            type Query { a: Int }
            type Subscription { messages(room: String!): Message! count: Int }
            type Message { text: String! author: String! loud: String! }
            """);
        FieldDefinition messages = ((ObjectType)schema.SubscriptionType!).GetField("messages")!;
        messages.Subscriber = subscriber;
        messages.Resolver = resolver;
        ((ObjectType)schema.GetType("Message")!).GetField("loud")!.Resolver = async ctx =>
        {
            await Task.Yield();
            return ctx.Parent<Message>().Text.ToUpperInvariant();
        };
        return schema;
    }

    private static async IAsyncEnumerable<object?> Events(params object?[] events)
    {
        foreach (object? item in events)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<string>> Collect(ExecutionResult result)
    {
        Assert.Null(result.Errors);
        Assert.False(result.HasData);
        var responses = new List<string>();
        await foreach (ExecutionResult response in result.Stream!)
        {
            responses.Add(Run.ToJson(response));
        }

        return responses;
    }

    [Fact]
    public async Task Each_event_is_the_root_field_value()
    {
        string? room = null;
        Schema schema = ChatSchema(ctx =>
        {
            room = ctx.ArgumentValue<string>("room");
            return new ValueTask<IAsyncEnumerable<object?>>(Events(new Message("hi", "ann"), new Message("yo", "bob")));
        });

        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: \"x\") { text loud } }"));

        Assert.Equal([Run.Q("{'data':{'messages':{'text':'hi','loud':'HI'}}}"), Run.Q("{'data':{'messages':{'text':'yo','loud':'YO'}}}")], await Collect(result));
        Assert.Equal("x", room);
    }

    [Fact]
    public async Task The_resolver_maps_each_event()
    {
        Schema schema = ChatSchema(
            _ => new ValueTask<IAsyncEnumerable<object?>>(Events("hi", null)),
            ctx => new ValueTask<object?>(ctx.Source is string text ? new Message(text, "system") : null));

        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: \"x\") { author } }"));

        Assert.Equal(
            [
                Run.Q("{'data':{'messages':{'author':'system'}}}"),
                Run.Q("{'errors':[{'message':'Cannot return null for non-nullable field Subscription.messages.','locations':[{'line':1,'column':16}],'path':['messages'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"),
            ],
            await Collect(result));
    }

    [Fact]
    public async Task Cancelling_ends_the_stream_and_disposes_the_source()
    {
        var channel = Channel.CreateUnbounded<object?>();
        var disposed = new TaskCompletionSource();
        async IAsyncEnumerable<object?> Source([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (object? item in channel.Reader.ReadAllAsync(cancellationToken))
                {
                    yield return item;
                }
            }
            finally
            {
                disposed.SetResult();
            }
        }

        Schema schema = ChatSchema(_ => new ValueTask<IAsyncEnumerable<object?>>(Source()));
        using var cancellation = new CancellationTokenSource();
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: \"x\") { text } }"), cancellation.Token);

        var received = new List<string>();
        channel.Writer.TryWrite(new Message("one", "a"));
        await foreach (ExecutionResult response in result.Stream!)
        {
            received.Add(Run.ToJson(response));
            cancellation.Cancel();
        }

        Assert.Equal([Run.Q("{'data':{'messages':{'text':'one'}}}")], received);
        await disposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_subscriber_error_is_a_field_error_without_stream_or_data()
    {
        Schema schema = ChatSchema(_ => throw new GraphQLException("Room is closed.", "FORBIDDEN"));

        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: \"x\") { text } }"));

        Assert.Null(result.Stream);
        Assert.False(result.HasData);
        Assert.Equal(Run.Q("{'errors':[{'message':'Room is closed.','locations':[{'line':1,'column':16}],'path':['messages'],'extensions':{'code':'FORBIDDEN'}}]}"), Run.ToJson(result));
    }

    [Fact]
    public async Task Without_a_subscriber_the_root_value_must_hold_a_stream()
    {
        Schema schema = ChatSchema(null);
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { count }")
        {
            RootValue = new Dictionary<string, object?> { ["count"] = Events(1, 2) },
        });
        Assert.Equal([Run.Q("{'data':{'count':1}}"), Run.Q("{'data':{'count':2}}")], await Collect(result));

        ExecutionResult refused = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { count }"));
        Assert.Equal(Run.Q("{'errors':[{'message':'Subscription field must return Async Iterable. Received: null.','locations':[{'line':1,'column':16}],'path':['count'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}]}"), Run.ToJson(refused));
    }

    [Fact]
    public async Task A_failing_source_ends_the_stream_with_an_error()
    {
        static async IAsyncEnumerable<object?> Failing()
        {
            await Task.Yield();
            yield return new Message("last", "a");
            throw new InvalidOperationException("broker gone");
        }

        Schema schema = ChatSchema(_ => new ValueTask<IAsyncEnumerable<object?>>(Failing()));
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("subscription { messages(room: \"x\") { text } }"));

        Assert.Equal(
            [
                Run.Q("{'data':{'messages':{'text':'last'}}}"),
                Run.Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':16}],'path':['messages'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}]}"),
            ],
            await Collect(result));
    }

    [Fact]
    public async Task Subscriptions_can_be_refused()
    {
        Schema schema = ChatSchema(_ => new ValueTask<IAsyncEnumerable<object?>>(Events()));
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest("subscription { count }") { AllowedOperations = AllowedOperations.Query | AllowedOperations.Mutation });
        Assert.Equal(RequestErrorKind.OperationNotAllowed, result.RequestError);
        Assert.Null(result.Stream);
    }
}
