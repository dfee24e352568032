namespace Weld.Cli.Tests;

/// <summary>The README's main command: a real C program built for WASI, reading a file from a preopened directory.</summary>
public sealed class WasiExampleTests
{
    [Fact]
    public void TheReadmeCommandCountsTheWordsOfTheSampleText()
    {
        var r = WeldProcess.Run("run", "--dir", "examples/wasi::/data", "examples/wasi/wordfreq.wasm", "/data/sample.txt");
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("""
            Hello, stranger! 181 words, 91 distinct, in /data/sample.txt
              22 the
              14 a
              13 it
              10 and
               6 is
               5 module
               4 file
               4 of
               3 host
               3 memory

            """, r.Stdout);
    }

    [Fact]
    public void TheHelloWorldModuleGreets()
    {
        var r = WeldProcess.Run("run", "examples/wasi/hello.wasm");
        Assert.Equal((0, "Hello, world!\n", ""), (r.ExitCode, r.Stdout, r.Stderr));
    }

    [Fact]
    public void AMissingFileExitsWithOneAndSaysWhy()
    {
        var r = WeldProcess.Run("run", "--dir", "examples/wasi::/data", "--env", "NAME=Ada", "examples/wasi/wordfreq.wasm", "/data/missing.txt");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("cannot open /data/missing.txt", r.Stderr);
    }
}
