namespace Weld.Tests.Gc;

/// <summary>The back ends that run GC code so far: use [Theory, MemberData(nameof(GcEngines.Running), MemberType =
/// typeof(GcEngines))]. When the compiler runs GC instructions, this becomes <see cref="Support.Engines.All"/>.</summary>
public static class GcEngines
{
    // compiler joins on merge (the compiler's GC instructions are on another branch)
    public static TheoryData<Backend> Running => new() { Backend.Interpreter };
}
