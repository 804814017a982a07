using Network.Api;
using Network.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddNetworkSilo();
builder.AddNetworkApi();

var app = builder.Build();
app.MapNetworkApi();
app.Run();

public partial class Program;
