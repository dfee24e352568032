using Weld.Wasi.Abi;

namespace Weld.Wasi.Functions;

// args_* and environ_*: NUL-terminated strings packed into one guest buffer, with a pointer table beside it.
internal sealed partial class WasiSystem
{
    public void ArgsSizesGet(GuestMemory m, uint argcPtr, uint bufSizePtr) => SizesGet(m, _args, argcPtr, bufSizePtr);
    public void ArgsGet(GuestMemory m, uint argv, uint argvBuf) => StringsGet(m, _args, argv, argvBuf);
    public void EnvironSizesGet(GuestMemory m, uint countPtr, uint bufSizePtr) => SizesGet(m, _env, countPtr, bufSizePtr);
    public void EnvironGet(GuestMemory m, uint environ, uint environBuf) => StringsGet(m, _env, environ, environBuf);

    private static void SizesGet(GuestMemory m, byte[][] strings, uint countPtr, uint sizePtr)
    {
        m.WriteU32(countPtr, (uint)strings.Length);
        m.WriteU32(sizePtr, (uint)strings.Sum(s => s.Length));
    }

    private static void StringsGet(GuestMemory m, byte[][] strings, uint table, uint buffer)
    {
        uint at = buffer;
        for (int i = 0; i < strings.Length; i++)
        {
            m.WriteU32(table + (uint)i * 4, at);
            m.Write(at, strings[i]);
            at += (uint)strings[i].Length;
        }
    }
}
