using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Weld.Cli;

/// <summary>
/// <c>weld --version</c>: the version and the engines this binary has. A NativeAOT binary cannot make code at run
/// time, so it has the interpreter only; a JIT-hosted one (the dotnet tool) has the IL compiler too.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The engines <c>--engine</c> accepts in this process, the default first.</summary>
    public static string Engines => RuntimeFeature.IsDynamicCodeSupported
        ? "compiler (default), interpreter"
        : "interpreter (default; a native binary has no IL compiler)";

    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
            if (option is VersionOption) option.Action = new VersionAction();
    }

    public override int Invoke(ParseResult parseResult)
    {
        var version = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine($"weld {version}");
        output.WriteLine($"engines: {Engines}");
        return 0;
    }
}
