namespace Weld.Tests.Support;

/// <summary>Every behavioural test runs once per back end: use [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))].</summary>
public static class Engines
{
    public static TheoryData<Backend> All => new() { Backend.Interpreter, Backend.Compiler };

    public static Engine Create(Backend backend) => new(new EngineOptions { Backend = backend });
}
