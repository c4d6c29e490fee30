package org.teavm.runtime;

import org.teavm.backend.wasm.WasmHeap;
import org.teavm.interop.Address;
import org.teavm.interop.Structure;
import org.teavm.interop.Unmanaged;

/**
 * The Java PDK's patches to TeaVM 0.13.1's linear-memory GC (not part of TeaVM). It lives in
 * {@code org.teavm.runtime} only to reach the GC's package-private state; the build
 * ({@code GcPatchTransformer}) re-points TeaVM's methods here.
 *
 * <ol>
 *   <li><b>Mark queue without a hard limit.</b> TeaVM's {@code MarkQueue} is a ring buffer of
 *       {@code heapSize / 64} entries in the GC storage; an array with more unmarked references than
 *       that (an ArrayList of 90,000 Integers at the 2 MiB initial heap) overflowed it and the GC
 *       called {@code outOfMemory()}. Here a full queue drops the (already marked) object and
 *       remembers the lowest dropped address; when the queue runs dry, the heap is walked from there
 *       and marked objects are queued again (the classic mark-stack-overflow rescan). Rescanning an
 *       object whose fields were already scanned is harmless: its children are marked already. (Not so
 *       for a weak reference, which the GC links into a list when it scans it; but on this backend any
 *       collection with a live {@code java.lang.ref.WeakReference} already fails in TeaVM 0.13.1 itself:
 *       the GC reads it with a field layout the class library's class does not have.)</li>
 *   <li><b>{@code GC.lastChunk} made exact after each collection.</b> Defragmentation stops moving
 *       objects when the free space for its relocation records runs out, and the objects after that
 *       point never update {@code lastChunk}; growing the heap then extends a chunk in the middle of
 *       live objects (memory corruption, out-of-bounds traps).</li>
 *   <li><b>Out of memory as an exception</b> (see {@link #getNextChunk}).</li>
 *   <li><b>Only objects are taken from the shadow stack</b> (see {@link #markFromStack}).</li>
 * </ol>
 *
 * <p>Unmanaged, allocation-free and without a static initialiser: it runs inside the GC.
 */
@Unmanaged
public final class JavaPdkGc {
    private static int head;
    private static int tail;
    private static int limit;
    private static boolean overflowed;
    private static int rescanFrom;

    /** Set when an allocation ran out of heap; the managed {@code OomCheck.poll()} after it throws. */
    public static boolean oomPending;

    private static boolean reserveInUse;
    /** Set while the GC runs for an allocation; still set at the next call if a trap ended it. */
    private static boolean inGc;
    /**
     * The usable heap: the configured max less the emergency reserve (0 until the first slow
     * allocation). Data beyond it is out of memory; the reserve lets the call fail cleanly.
     */
    private static int baseMax;

    private static int reserve;

    private JavaPdkGc() {}

    // ---- MarkQueue ----

    public static void queueInit() {
        head = 0;
        tail = 0;
        limit = GC.gcStorageSize() / 4;
        overflowed = false;
        rescanFrom = 0;
    }

    public static void queueEnqueue(RuntimeObject object) {
        if (!push(object.toAddress())) {
            int offset = offset(object.toAddress());
            if (!overflowed || offset < rescanFrom) {
                rescanFrom = offset;
            }
            overflowed = true;
        }
    }

    public static RuntimeObject queueDequeue() {
        Address result =
                GC.heapAddress().add((long) GC.gcStorageAddress().add(4 * head).getInt() << 2);
        if (++head >= limit) {
            head = 0;
        }
        return result.toStructure();
    }

    public static boolean queueIsEmpty() {
        if (head != tail) {
            return false;
        }
        if (!overflowed) {
            return true;
        }
        refill();
        return head == tail;
    }

    private static boolean push(Address address) {
        int next = tail + 1;
        if (next >= limit) {
            next = 0;
        }
        if (next == head) {
            return false;
        }
        GC.gcStorageAddress().add(4 * tail).putInt(offset(address) >>> 2);
        tail = next;
        return true;
    }

    private static int offset(Address address) {
        return (int) (address.toLong() - GC.heapAddress().toLong());
    }

    /** Queues again the marked objects from the lowest dropped one on, until the queue is full. */
    private static void refill() {
        overflowed = false;
        Address heapEnd = GC.heapAddress().add(GC.availableBytes());
        Address object = GC.heapAddress().add(rescanFrom);
        while (object.isLessThan(heapEnd)) {
            int tag = object.getInt();
            if (tag != 0 && (tag & RuntimeObject.GC_MARKED) != 0 && !push(object)) {
                overflowed = true;
                rescanFrom = offset(object);
                return;
            }
            object = object.add(sizeAt(object));
        }
    }

    // ---- out of memory as an exception ----

    // Bodies given by GcPatchTransformer: calls of the GC's private methods of the same name.
    static native boolean gcGetNextChunkIfPossible(int size);

    static native void gcCollectGarbageImpl(int size);

    static native void gcCollectGarbageFullImpl(int size);

    /**
     * Replaces {@code GC.getNextChunk}: the same collect-then-full-collect sequence (the heap grows up to
     * the configured max), but once the data in use passes the usable heap ({@link #baseMax}) the
     * allocation still succeeds, from the emergency reserve, with {@link #oomPending} set: the managed
     * check after the allocation throws {@code OutOfMemoryError}, and unwinding frees what the call
     * built. Only an exhaustion while the reserve is in use traps.
     */
    public static void getNextChunk(int size) {
        initReserve();
        boolean found = tryGetNextChunk(size);
        if (found && !reserveInUse && occupied() + size > baseMax) {
            // Over the usable heap, perhaps with garbage (no collection may have run): collect and look again.
            inGc = true;
            gcCollectGarbageFullImpl(size);
            found = hasAvailableMemory(size);
            inGc = false;
            if (found && occupied() + size > baseMax) {
                // The heap holds this allocation only thanks to the emergency reserve.
                reserveInUse = true;
                oomPending = true;
            }
        }
        if (found) {
            capCurrentChunk(size);
            return;
        }
        // The collections are complete: the heap is consistent, only this call is lost.
        GC.outOfMemory();
    }

    /**
     * While the reserve is not in use, ends the chunk the allocator bumps through where the data in
     * use would pass the usable heap, so that the allocator comes back here (a collection can leave
     * one free chunk larger than the usable heap's rest). The cut-off rest stays a free chunk, outside
     * the free list until the next collection.
     */
    private static void capCurrentChunk(int size) {
        if (reserveInUse) {
            return;
        }
        long room = baseMax - occupied();
        if (room < size + 64) {
            room = size + 64;
        }
        Address start = GC.currentChunk.toAddress();
        if (room >= GC.currentChunkLimit.toLong() - start.toLong()) {
            return;
        }
        Address cap = start.add((int) room & ~7);
        if (!cap.add(64).isLessThan(GC.currentChunkLimit)) {
            return;
        }
        FreeChunk rest = cap.toStructure();
        rest.classReference = 0;
        rest.size = (int) (GC.currentChunkLimit.toLong() - cap.toLong());
        GC.currentChunkLimit = cap;
    }

    /** Bytes of the heap in use, as of the last collection less what was handed out since. */
    private static long occupied() {
        return GC.availableBytes() - GC.freeMemory;
    }

    private static boolean tryGetNextChunk(int size) {
        inGc = true;
        boolean found = tryGetNextChunkInGc(size);
        inGc = false;
        return found;
    }

    private static boolean tryGetNextChunkInGc(int size) {
        // GC.getNextChunkIfPossible must not run once it has used up the chunk list (freeChunks == 0):
        // it would walk past the list's end. Only a collection refills the list.
        if (GC.freeChunks > 0 && gcGetNextChunkIfPossible(size)) {
            return true;
        }
        gcCollectGarbageImpl(size);
        if (hasAvailableMemory(size)) {
            return true;
        }
        gcCollectGarbageFullImpl(size);
        return hasAvailableMemory(size);
    }

    /**
     * Whether a trap (the host stopping the plug-in, a failing host function) ended a call while the
     * GC was collecting, resizing the heap or moving through its free list: the heap may then be
     * inconsistent and the instance must not run again.
     */
    public static boolean interruptedInGc() {
        return inGc;
    }

    /**
     * At the start of an export call, with no Java frame on the stack: if an earlier call used the
     * emergency reserve, collect everything that call left behind and withhold the reserve again, so
     * that every call that exhausts the heap gets its {@code OutOfMemoryError}, not only the first.
     * The reserve stays in use only while data the plug-in keeps (in static fields) fills more than
     * half of the usable heap.
     */
    public static void rearmAtCallStart() {
        oomPending = false;
        if (reserveInUse) {
            inGc = true;
            GC.collectGarbageFull();
            capCurrentChunk(0);
            inGc = false;
        }
    }

    private static boolean hasAvailableMemory(int size) {
        int current = GC.currentChunk.size;
        return current == size || current > size + 8 || GC.freeChunks > 0 && gcGetNextChunkIfPossible(size);
    }

    private static void initReserve() {
        if (baseMax == 0) {
            reserve = WasmHeap.maxHeapSize / 16;
            if (reserve < 256 * 1024) {
                reserve = 256 * 1024;
            }
            baseMax = WasmHeap.maxHeapSize - reserve;
        }
    }

    /** After a collection: the reserve is withheld again once the live data is well below the usable max. */
    private static void rearmReserve() {
        if (reserveInUse && occupied() < baseMax / 2) {
            reserveInUse = false;
        }
    }

    /**
     * Replaces {@code Allocator.allocateArray}: an array that can't fit even after collecting and
     * growing the heap is not attempted; a zero-length array is returned with {@link #oomPending} set.
     */
    public static Address allocateArray(RuntimeClass tag, int size) {
        int itemSize = (tag.itemType.flags & RuntimeClass.PRIMITIVE) != 0 ? tag.itemType.size : Address.sizeOf();
        int header = Address.align(Address.fromInt(Structure.sizeOf(RuntimeArray.class)), itemSize)
                .toInt();
        long bytes = header + (long) itemSize * size;
        bytes = (bytes + Address.sizeOf() - 1) & ~(long) (Address.sizeOf() - 1);
        initReserve();
        if (bytes > reserve / 2
                && (bytes >= baseMax
                        || !fitsCurrentChunk((int) bytes)
                                && (!tryGetNextChunk((int) bytes) || occupied() + bytes > baseMax))) {
            oomPending = true;
            size = 0;
            bytes = Address.align(Address.fromInt(header), Address.sizeOf()).toInt();
        }
        int sizeInBytes = (int) bytes;
        Address result = GC.alloc(sizeInBytes).toAddress();
        Address.fillZero(result, sizeInBytes);
        RuntimeArray array = result.toStructure();
        array.classReference = tag.pack();
        array.size = size;
        return result;
    }

    private static boolean fitsCurrentChunk(int size) {
        Address next = GC.currentChunk.toAddress().add(size);
        return next.add(Structure.sizeOf(FreeChunk.class)).isLessThan(GC.currentChunkLimit);
    }

    /** Runs after {@code GC.doCollectGarbage()}. */
    public static void afterCollection() {
        fixLastChunk();
        rearmReserve();
    }

    // ---- lastChunk ----

    /**
     * Sets {@code GC.lastChunk} to the last object or free chunk of the heap. The stale value is
     * still the start of an object or free chunk (a non-relocated object, a free chunk made after
     * relocation, or the heap's start), only not the last one, so the walk starts there: one step
     * when it is exact, the rest of the heap when it is not. Should the walk not end exactly at the
     * heap's end, it is done again from the heap's start.
     */
    public static void fixLastChunk() {
        Address heapStart = GC.heapAddress();
        Address heapEnd = heapStart.add(GC.availableBytes());
        Address from = GC.lastChunk.toAddress();
        if (from.isLessThan(heapStart) || !from.isLessThan(heapEnd) || !walkToLast(from, heapEnd)) {
            walkToLast(heapStart, heapEnd);
        }
    }

    private static boolean walkToLast(Address object, Address heapEnd) {
        Address last = object;
        while (object.isLessThan(heapEnd)) {
            last = object;
            int size = sizeAt(object);
            if (size <= 0) {
                return false;
            }
            object = object.add(size);
        }
        if (object != heapEnd) {
            return false;
        }
        GC.lastChunk = last.toStructure();
        return true;
    }

    /** Size of the object or free chunk at {@code address} (a free chunk has class reference 0). */
    private static int sizeAt(Address address) {
        if (address.getInt() == 0) {
            return address.add(4).getInt();
        }
        RuntimeObject object = address.toStructure();
        RuntimeClass cls = RuntimeClass.getClass(object);
        if (cls.itemType == null) {
            return cls.size;
        }
        int itemSize = (cls.itemType.flags & RuntimeClass.PRIMITIVE) == 0 ? Address.sizeOf() : cls.itemType.size;
        RuntimeArray array = address.toStructure();
        Address end = Address.align(Address.fromInt(Structure.sizeOf(RuntimeArray.class)), itemSize);
        end = end.add(itemSize * array.size);
        return Address.align(end, Address.sizeOf()).toInt();
    }

    // ---- shadow-stack roots ----

    static native void gcMark(RuntimeObject object);

    /**
     * Replaces {@code GC.markFromStack}: marks the objects the shadow stack holds, skipping a slot that
     * does not hold one. TeaVM gives a method one slot per reference that some call site keeps alive,
     * and clears a slot at a call only when, on the path through the dominator tree, it held a value
     * before. A slot used on one branch only can so reach a call on another branch holding whatever an
     * earlier frame left at that address. Measured: with the stack-depth check, an enum's
     * {@code values()} had a one-slot frame holding 240 (no object) when its array clone collected;
     * marking "240" set a bit in the class data, and the sweep then looped for ever. An object a stale
     * slot does point to is marked as before (kept one collection longer, never wrong).
     */
    public static void markFromStack() {
        for (Address frame = ShadowStack.getStackTop(); frame != null; frame = ShadowStack.getNextStackFrame(frame)) {
            int count = ShadowStack.getStackRootCount(frame);
            Address slot = ShadowStack.getStackRootPointer(frame);
            while (count-- > 0) {
                Address root = slot.getAddress();
                if (isObject(root)) {
                    gcMark(root.toStructure());
                }
                slot = slot.add(Address.sizeOf());
            }
        }
    }

    /**
     * Replaces {@code GC.markStackRoots} (the shadow stack's objects are not moved by the compaction
     * that follows), with the same check as {@link #markFromStack}: a stale slot must not set a bit in
     * memory that is no object.
     */
    public static void markStackRoots() {
        Address relocationThreshold = GC.currentChunkPointer.value.toAddress();
        for (Address frame = ShadowStack.getStackTop(); frame != null; frame = ShadowStack.getNextStackFrame(frame)) {
            int count = ShadowStack.getStackRootCount(frame);
            Address slot = ShadowStack.getStackRootPointer(frame);
            while (count-- > 0) {
                Address root = slot.getAddress();
                if (isObject(root) && !root.isLessThan(relocationThreshold)) {
                    RuntimeObject object = root.toStructure();
                    if (GC.isFullGC || (object.classReference & RuntimeObject.GC_OLD_GENERATION) == 0) {
                        object.classReference |= RuntimeObject.GC_MARKED;
                    }
                }
                slot = slot.add(Address.sizeOf());
            }
        }
    }

    /**
     * Whether {@code address} is the start of an object: a static one below the heap (string
     * constants) or one in the heap, with a class that carries its canary.
     */
    private static boolean isObject(Address address) {
        int value = address.toInt();
        if (value <= 0 || (value & 3) != 0) {
            return false;
        }
        Address heapStart = GC.heapAddress();
        if (!address.isLessThan(heapStart.add(GC.availableBytes()))) {
            return false;
        }
        int tag = address.getInt();
        if (tag == 0) {
            return false; // a free chunk
        }
        RuntimeClass cls = RuntimeClass.unpack(tag & ~(RuntimeObject.GC_MARKED | RuntimeObject.GC_OLD_GENERATION));
        int classAddress = cls.toAddress().toInt();
        return classAddress > 0
                && cls.toAddress().isLessThan(heapStart)
                && cls.canary == RuntimeClass.computeCanary(cls.size, cls.tag);
    }
}
