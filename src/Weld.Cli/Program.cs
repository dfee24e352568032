using System.CommandLine;

namespace Weld.Cli;

/// <summary>The <c>weld</c> command: run, inspect and validate WebAssembly modules.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Weld: a WebAssembly runtime for .NET");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(WastCommand.Create());
        root.Subcommands.Add(Wat2WasmCommand.Create());
        VersionAction.Install(root);
        return root.Parse(args).Invoke();
    }
}
