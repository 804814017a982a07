using Network.Api;
using Network.Silo;

// --demo: start with a generated network (see Demo:* settings).
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
if (demo) builder.Configuration["Demo:Enabled"] = "true";
builder.AddNetworkSilo();
builder.AddNetworkApi();

var app = builder.Build();
app.MapNetworkApi();
app.Run();

public partial class Program;
