using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>Spec section 6.2.2: mutation root fields execute serially, each with its whole selection, in document order.</summary>
public class MutationTests
{
    private sealed class Counter
    {
        public int Value { get; set; }
    }

    [Fact]
    public async Task Root_fields_run_one_after_another_even_when_asynchronous()
    {
        Schema schema = SchemaBuilder.Build("""
            type Query { value: Int }
            type Mutation { set(to: Int!): Result add(by: Int!): Result fail: Result! }
            type Result { value: Int log: String }
            """);
        var counter = new Counter();
        var log = new List<string>();
        var mutation = (ObjectType)schema.MutationType!;
        mutation.GetField("set")!.Resolver = async ctx =>
        {
            log.Add("set start");
            await Task.Delay(20);
            counter.Value = ctx.ArgumentValue<int>("to");
            log.Add("set end");
            return new Counter { Value = counter.Value };
        };
        mutation.GetField("add")!.Resolver = ctx =>
        {
            log.Add("add");
            counter.Value += ctx.ArgumentValue<int>("by");
            return new ValueTask<object?>(new Counter { Value = counter.Value });
        };
        mutation.GetField("fail")!.Resolver = _ => new ValueTask<object?>((object?)null);
        ((ObjectType)schema.GetType("Result")!).GetField("log")!.Resolver = async ctx =>
        {
            await Task.Yield();
            log.Add("log " + ctx.Parent<Counter>().Value);
            return ctx.Parent<Counter>().Value.ToString();
        };

        string json = await Run.Json(schema, "mutation { first: set(to: 3) { value log } second: add(by: 4) { value log } third: set(to: 10) { value } }");

        Assert.Equal(Run.Q("{'data':{'first':{'value':3,'log':'3'},'second':{'value':7,'log':'7'},'third':{'value':10}}}"), json);
        Assert.Equal(["set start", "set end", "log 3", "add", "log 7", "set start", "set end"], log);
    }

    [Fact]
    public async Task A_failing_non_null_mutation_field_nulls_data_but_earlier_fields_have_run()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: Int } type Mutation { ok: Int fail: Int! after: Int }");
        var ran = new List<string>();
        var mutation = (ObjectType)schema.MutationType!;
        mutation.GetField("ok")!.Resolver = _ => { ran.Add("ok"); return new ValueTask<object?>(1); };
        mutation.GetField("fail")!.Resolver = _ => { ran.Add("fail"); return new ValueTask<object?>((object?)null); };
        mutation.GetField("after")!.Resolver = _ => { ran.Add("after"); return new ValueTask<object?>(2); };

        string json = await Run.Json(schema, "mutation { ok fail after }");

        Assert.Equal(Run.Q("{'errors':[{'message':'Cannot return null for non-nullable field Mutation.fail.','locations':[{'line':1,'column':15}],'path':['fail'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"), json);
        Assert.Equal(["ok", "fail"], ran);
    }
}
