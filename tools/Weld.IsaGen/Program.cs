using Weld.IsaGen;
using Weld.IsaGen.Api;

// Writes every file generated from src/Weld/Isa/instructions.txt, and the typed API's per-arity files (run from
// anywhere inside the repository, or pass its root). With --check it writes nothing and exits 1 when a generated
// file is out of date.
bool check = args.Contains("--check");
string? root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Generator.FindRoot(Directory.GetCurrentDirectory());
if (root is null || !File.Exists(Path.Combine(root, "Weld.slnx")))
{
    Console.Error.WriteLine("error: run inside the repository (the folder of Weld.slnx) or pass its path");
    return 2;
}

IReadOnlyList<GeneratedFile> files;
try
{
    files = [.. Generator.Generate(root), .. TypedApiGenerator.Generate()];
}
catch (Exception e) when (e is FormatException or InvalidOperationException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

int stale = 0;
foreach (var f in files)
{
    string path = Path.Combine(root, f.RelativePath);
    bool current = File.Exists(path) && File.ReadAllText(path) == f.Content;
    if (current) continue;
    stale++;
    if (check) Console.WriteLine($"out of date: {f.RelativePath}");
    else
    {
        File.WriteAllText(path, f.Content);
        Console.WriteLine($"wrote {f.RelativePath}");
    }
}
if (stale == 0) Console.WriteLine($"all {files.Count} generated files are up to date");
return check && stale > 0 ? 1 : 0;
