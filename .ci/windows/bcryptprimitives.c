/* bcryptprimitives.dll for the Wine prefix of .ci/windows-check only:
 * Debian's Wine 8.0 has no ProcessPrng, which Rust's standard library
 * calls for random bytes on Windows (Windows 10 and later ship it). It
 * fills the buffer from RtlGenRandom (advapi32's SystemFunction036). The
 * installer never carries it. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
