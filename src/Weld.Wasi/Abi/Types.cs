namespace Weld.Wasi.Abi;

/// <summary>The preview 1 <c>filetype</c>.</summary>
internal enum FileType : byte
{
    Unknown = 0, BlockDevice = 1, CharacterDevice = 2, Directory = 3, RegularFile = 4, SocketDgram = 5,
    SocketStream = 6, SymbolicLink = 7,
}

/// <summary>The preview 1 <c>fdflags</c>.</summary>
[Flags]
internal enum FdFlags : ushort { None = 0, Append = 1, Dsync = 2, NonBlock = 4, Rsync = 8, Sync = 16 }

/// <summary>The preview 1 <c>oflags</c>.</summary>
[Flags]
internal enum OFlags : ushort { None = 0, Creat = 1, Directory = 2, Excl = 4, Trunc = 8 }

/// <summary>The preview 1 <c>fstflags</c>.</summary>
[Flags]
internal enum FstFlags : ushort { None = 0, Atim = 1, AtimNow = 2, Mtim = 4, MtimNow = 8 }

/// <summary>The preview 1 <c>whence</c>.</summary>
internal enum Whence : byte { Set = 0, Cur = 1, End = 2 }

/// <summary>The preview 1 <c>clockid</c>.</summary>
internal enum ClockId : uint { Realtime = 0, Monotonic = 1, ProcessCputime = 2, ThreadCputime = 3 }

/// <summary>The preview 1 <c>eventtype</c>.</summary>
internal enum EventType : byte { Clock = 0, FdRead = 1, FdWrite = 2 }

/// <summary>The preview 1 <c>lookupflags</c>: follow a final symlink.</summary>
internal static class LookupFlags
{
    public const uint SymlinkFollow = 1;
}

/// <summary>A host-independent file status, written to guest memory as a preview 1 <c>filestat</c>.</summary>
internal readonly record struct FileStat(ulong Dev, ulong Ino, FileType Type, ulong NLink, ulong Size, ulong Atim, ulong Mtim, ulong Ctim);

/// <summary>Byte layouts of the preview 1 structs (sizes and field offsets from the witx definitions).</summary>
internal static class Layout
{
    public const int FdstatSize = 24;      // filetype u8 @0, flags u16 @2, rights_base u64 @8, rights_inheriting u64 @16
    public const int FilestatSize = 64;    // dev @0, ino @8, filetype u8 @16, nlink @24, size @32, atim @40, mtim @48, ctim @56
    public const int DirentSize = 24;      // d_next u64 @0, d_ino u64 @8, d_namlen u32 @16, d_type u8 @20
    public const int PrestatSize = 8;      // tag u8 @0, pr_name_len u32 @4
    public const int IovecSize = 8;        // buf u32 @0, buf_len u32 @4
    // userdata u64 @0, tag u8 @8, then clock {id u32 @16, timeout u64 @24, precision u64 @32, flags u16 @40} or fd u32 @16
    public const int SubscriptionSize = 48;
    public const int EventSize = 32;       // userdata u64 @0, error u16 @8, type u8 @10, nbytes u64 @16, flags u16 @24
}
