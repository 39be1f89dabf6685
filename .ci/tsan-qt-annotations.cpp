// ThreadSanitizer annotations for the Qt synchronization Fetchpool relies on.
//
// Debian's Qt is not built with -fsanitize=thread. QMutex is annotated in
// Qt's own headers (qtsan_impl.h), so every lock and unlock compiled into
// Fetchpool is visible, but the hand-overs that happen inside libQt6Core are
// not: they use futexes and atomics TSan never sees. Each of them makes TSan
// report accesses in Fetchpool code that Qt does order, for example:
//   - QWaitCondition::wait() unlocks and relocks the caller's QMutex inside
//     Qt, so TSan believes the waiter holds the mutex all along ("double lock
//     of a mutex") and that the data it guards is raced (HostLimiter).
//   - A functor queued with QMetaObject::invokeMethod() is built by one thread
//     and run by another after Qt's post-event queue (a QMutex inside Qt)
//     handed it over; BlockingQueuedConnection returns after a QSemaphore
//     (a futex) says the call is done (TestServer::start, Listener).
//   - QThreadPool hands a runnable to a pool thread through its queue, and
//     waitForDone() returns when its counters say every runnable is done.
//   - QThread::wait() on a thread that has already finished returns after
//     checking a flag under a QMutex inside Qt; so does
//     QFuture::waitForFinished() on a task that is done (DemoSession).
//
// This library stands in for the annotations an instrumented Qt would have.
// .ci/sanitize links it into every executable of the TSan build, ahead of Qt,
// so that its definitions of these exported functions win; each calls the
// real one (dlvsym(RTLD_NEXT)) and tells TSan about exactly the ordering Qt
// guarantees for it, and nothing more:
//   QWaitCondition::wait(QMutex*, ...)   the mutex is unlocked during the wait
//   QMetaObject::invokeMethodImpl()      post happens before the call; for a
//                                        blocking call, call before return
//   QThreadPool::start/tryStart()        start happens before run()
//   QThreadPool::waitForDone()           every run() happens before it returns true
//   QThread::start() / QThread::wait()   all of the thread's work, its
//                                        deferred deletes included, happens
//                                        before wait() returns true
//   QFutureInterfaceBase::reportFinished()  happens before waitForFinished(),
//                                        waitForResult() and a true isFinished()
//                                        return (keyed on the future's mutex,
//                                        which Qt's result store locks too)
//   QFutureInterfaceBase::setContinuation()  happens before reportFinished()
//                                        runs the continuation (QFuture::then():
//                                        Qt stores it under a mutex of its own,
//                                        and the thread that finishes the
//                                        future runs it)
// Calls made from inside Qt's own libraries are passed through untouched:
// their mutexes are not annotated, and Qt's internals are not under test.
// Not covered: QtConcurrent's and QFuture's internal counters (not exported;
// see tests/tsan.supp), and QThreadPool::tryTake(), which cannot find a
// runnable wrapped here (Fetchpool does not use it).
//
// Built with -DFETCHPOOL_TSAN_SELFTEST, this file is instead a program that
// checks the annotations (see the end of the file): .ci/sanitize runs it
// before the suites.

#ifndef FETCHPOOL_TSAN_SELFTEST

#include <QtCore/QDeadlineTimer>
#include <QtCore/QFutureInterface>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QRunnable>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/QThreadStorage>
#include <QtCore/QVariant>
#include <QtCore/QWaitCondition>

#include <sanitizer/tsan_interface.h>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace {

template<typename Fn>
Fn realFunction(const char *mangledName)
{
    void *address = dlvsym(RTLD_NEXT, mangledName, "Qt_6");
    if (!address) {
        std::fprintf(stderr, "tsan-qt-annotations: %s not found in Qt\n", mangledName);
        std::abort();
    }
    return reinterpret_cast<Fn>(address);
}

// True when the call comes from one of Qt's own (uninstrumented) libraries.
bool calledFromQt(const void *returnAddress)
{
    Dl_info info;
    return dladdr(returnAddress, &info) != 0 && info.dli_fname
            && std::strstr(info.dli_fname, "/libQt6") != nullptr;
}

#define FROM_QT() calledFromQt(__builtin_return_address(0))

// --- QWaitCondition --------------------------------------------------------

void annotateUnlock(QMutex *mutex)
{
    __tsan_mutex_pre_unlock(mutex, 0);
    __tsan_mutex_post_unlock(mutex, 0);
}

void annotateLock(QMutex *mutex)
{
    __tsan_mutex_pre_lock(mutex, 0);
    __tsan_mutex_post_lock(mutex, 0, 0);
}

// --- QMetaObject::invokeMethodImpl -----------------------------------------

// Wraps the slot object of one invokeMethod() call: the call acquires what the
// posting thread released before it handed the call to Qt, and releases to a
// caller that blocks until the call is done, and to the destruction, which
// may run on either thread.
class AnnotatedSlot final : public QtPrivate::QSlotObjectBase
{
public:
    AnnotatedSlot(QtPrivate::QSlotObjectBase *inner, const void *returnToken)
        : QSlotObjectBase(&impl)
        , m_inner(inner)
        , m_returnToken(returnToken)
    {
    }

private:
    static void impl(int which, QSlotObjectBase *base, QObject *receiver, void **args, bool *ret)
    {
        auto *self = static_cast<AnnotatedSlot *>(base);
        switch (which) {
        case Destroy:
            // Whichever thread drops the last reference (Qt counts them in
            // uninstrumented code): after the post and after the call.
            __tsan_acquire(self);
            self->m_inner->destroyIfLastRef();
            delete self;
            break;
        case Call: {
            __tsan_acquire(self);
            void *const returnToken = const_cast<void *>(self->m_returnToken);
            self->m_inner->call(receiver, args);
            if (returnToken)
                __tsan_release(returnToken);
            __tsan_release(self); // the last access to *self in this call
            break;
        }
        case Compare:
            if (ret)
                *ret = false; // only disconnect() compares, and never these
            break;
        default:
            break;
        }
    }

    QtPrivate::QSlotObjectBase *const m_inner;
    const void *const m_returnToken; // on the blocked caller's stack
};

// --- QThreadPool -------------------------------------------------------------

// Runs a runnable for the pool: acquires what start() released, and releases
// to waitForDone() once the runnable is done. Owned and deleted by the pool;
// deletes the wrapped runnable when that one asks for it, as the pool would.
class AnnotatedRunnable final : public QRunnable
{
public:
    AnnotatedRunnable(QRunnable *inner, QThreadPool *pool)
        : m_inner(inner)
        , m_pool(pool)
    {
        setAutoDelete(true);
        __tsan_release(this);
    }

    void run() override
    {
        __tsan_acquire(this);
        const bool deleteInner = m_inner->autoDelete();
        m_inner->run();
        if (deleteInner)
            delete m_inner;
        __tsan_release(m_pool);
    }

private:
    QRunnable *const m_inner;
    QThreadPool *const m_pool;
};

using PoolStart = void (*)(QThreadPool *, QRunnable *, int);
using PoolTryStart = bool (*)(QThreadPool *, QRunnable *);

PoolStart realPoolStart()
{
    static const PoolStart real = realFunction<PoolStart>("_ZN11QThreadPool5startEP9QRunnablei");
    return real;
}

PoolTryStart realPoolTryStart()
{
    static const PoolTryStart real = realFunction<PoolTryStart>("_ZN11QThreadPool8tryStartEP9QRunnable");
    return real;
}

// --- QThread -----------------------------------------------------------------

// Lives in the thread's QThreadStorage: Qt destroys it as the thread finishes,
// after the deferred deletes and before QThread::wait() can return.
struct ThreadExitRelease
{
    explicit ThreadExitRelease(QThread *thread) : thread(thread) {}
    ~ThreadExitRelease() { __tsan_release(thread); }
    QThread *const thread;
};

QThreadStorage<ThreadExitRelease *> &threadExitReleases()
{
    static QThreadStorage<ThreadExitRelease *> storage;
    return storage;
}

const char HookedProperty[] = "_fetchpool_tsan_hooked";

} // namespace

// The wrappers, under the mangled names of the Qt functions they replace.
extern "C" {

bool fpWaitMutexDeadline(QWaitCondition *, QMutex *, QDeadlineTimer)
        __asm__("_ZN14QWaitCondition4waitEP6QMutex14QDeadlineTimer");
bool fpWaitMutexDeadline(QWaitCondition *self, QMutex *mutex, QDeadlineTimer deadline)
{
    using Fn = bool (*)(QWaitCondition *, QMutex *, QDeadlineTimer);
    static const Fn real = realFunction<Fn>("_ZN14QWaitCondition4waitEP6QMutex14QDeadlineTimer");
    if (FROM_QT())
        return real(self, mutex, deadline);
    annotateUnlock(mutex);
    const bool woken = real(self, mutex, deadline);
    annotateLock(mutex);
    return woken;
}

bool fpWaitMutexMs(QWaitCondition *, QMutex *, unsigned long) __asm__("_ZN14QWaitCondition4waitEP6QMutexm");
bool fpWaitMutexMs(QWaitCondition *self, QMutex *mutex, unsigned long ms)
{
    using Fn = bool (*)(QWaitCondition *, QMutex *, unsigned long);
    static const Fn real = realFunction<Fn>("_ZN14QWaitCondition4waitEP6QMutexm");
    if (FROM_QT())
        return real(self, mutex, ms);
    annotateUnlock(mutex);
    const bool woken = real(self, mutex, ms);
    annotateLock(mutex);
    return woken;
}

bool fpInvokeMethodImpl(QObject *, QtPrivate::QSlotObjectBase *, Qt::ConnectionType, void *)
        __asm__("_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv");
bool fpInvokeMethodImpl(QObject *context, QtPrivate::QSlotObjectBase *slot, Qt::ConnectionType type, void *ret)
{
    using Fn = bool (*)(QObject *, QtPrivate::QSlotObjectBase *, Qt::ConnectionType, void *);
    static const Fn real = realFunction<Fn>(
            "_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv");
    if (FROM_QT() || !slot)
        return real(context, slot, type, ret);
    char returnToken = 0;
    const bool blocking = type == Qt::BlockingQueuedConnection;
    auto *annotated = new AnnotatedSlot(slot, blocking ? &returnToken : nullptr);
    __tsan_release(annotated);
    const bool invoked = real(context, annotated, type, ret);
    if (blocking && invoked)
        __tsan_acquire(&returnToken);
    return invoked;
}

void fpPoolStart(QThreadPool *, QRunnable *, int) __asm__("_ZN11QThreadPool5startEP9QRunnablei");
void fpPoolStart(QThreadPool *self, QRunnable *runnable, int priority)
{
    if (FROM_QT() || !runnable)
        return realPoolStart()(self, runnable, priority);
    realPoolStart()(self, new AnnotatedRunnable(runnable, self), priority);
}

bool fpPoolTryStart(QThreadPool *, QRunnable *) __asm__("_ZN11QThreadPool8tryStartEP9QRunnable");
bool fpPoolTryStart(QThreadPool *self, QRunnable *runnable)
{
    if (FROM_QT() || !runnable)
        return realPoolTryStart()(self, runnable);
    auto *annotated = new AnnotatedRunnable(runnable, self);
    if (realPoolTryStart()(self, annotated))
        return true;
    delete annotated; // not taken: the caller still owns its runnable
    return false;
}

void fpPoolStartFunction(QThreadPool *, std::function<void()>, int)
        __asm__("_ZN11QThreadPool5startESt8functionIFvvEEi");
void fpPoolStartFunction(QThreadPool *self, std::function<void()> function, int priority)
{
    using Fn = void (*)(QThreadPool *, std::function<void()>, int);
    static const Fn real = realFunction<Fn>("_ZN11QThreadPool5startESt8functionIFvvEEi");
    if (FROM_QT() || !function)
        return real(self, std::move(function), priority);
    // The runnable Qt would make of the function, wrapped like any other.
    realPoolStart()(self, new AnnotatedRunnable(QRunnable::create(std::move(function)), self), priority);
}

bool fpPoolTryStartFunction(QThreadPool *, std::function<void()>)
        __asm__("_ZN11QThreadPool8tryStartESt8functionIFvvEE");
bool fpPoolTryStartFunction(QThreadPool *self, std::function<void()> function)
{
    using Fn = bool (*)(QThreadPool *, std::function<void()>);
    static const Fn real = realFunction<Fn>("_ZN11QThreadPool8tryStartESt8functionIFvvEE");
    if (FROM_QT() || !function)
        return real(self, std::move(function));
    QRunnable *inner = QRunnable::create(std::move(function));
    auto *annotated = new AnnotatedRunnable(inner, self);
    if (realPoolTryStart()(self, annotated))
        return true;
    delete annotated; // not taken: the function is dropped, as Qt drops it
    delete inner;
    return false;
}

bool fpPoolWaitForDone(QThreadPool *, int) __asm__("_ZN11QThreadPool11waitForDoneEi");
bool fpPoolWaitForDone(QThreadPool *self, int msecs)
{
    using Fn = bool (*)(QThreadPool *, int);
    static const Fn real = realFunction<Fn>("_ZN11QThreadPool11waitForDoneEi");
    const bool done = real(self, msecs);
    if (done && !FROM_QT())
        __tsan_acquire(self);
    return done;
}

void fpThreadStart(QThread *, QThread::Priority) __asm__("_ZN7QThread5startENS_8PriorityE");
void fpThreadStart(QThread *self, QThread::Priority priority)
{
    using Fn = void (*)(QThread *, QThread::Priority);
    static const Fn real = realFunction<Fn>("_ZN7QThread5startENS_8PriorityE");
    if (!FROM_QT() && !self->property(HookedProperty).toBool()) {
        self->setProperty(HookedProperty, true);
        QObject::connect(
                self, &QThread::started, self,
                [self] {
                    if (!threadExitReleases().hasLocalData())
                        threadExitReleases().setLocalData(new ThreadExitRelease(self));
                },
                Qt::DirectConnection);
    }
    real(self, priority);
}

bool fpThreadWait(QThread *, QDeadlineTimer) __asm__("_ZN7QThread4waitE14QDeadlineTimer");
bool fpThreadWait(QThread *self, QDeadlineTimer deadline)
{
    using Fn = bool (*)(QThread *, QDeadlineTimer);
    static const Fn real = realFunction<Fn>("_ZN7QThread4waitE14QDeadlineTimer");
    const bool finished = real(self, deadline);
    if (finished && !FROM_QT())
        __tsan_acquire(self);
    return finished;
}

// The continuation's own key: one byte into the future's mutex, shared by
// every copy of the future, apart from the key of its finished state.
void *continuationKey(const QFutureInterfaceBase *self)
{
    return reinterpret_cast<char *>(&self->mutex()) + 1;
}

void fpFutureReportFinished(QFutureInterfaceBase *) __asm__("_ZN20QFutureInterfaceBase14reportFinishedEv");
void fpFutureReportFinished(QFutureInterfaceBase *self)
{
    using Fn = void (*)(QFutureInterfaceBase *);
    static const Fn real = realFunction<Fn>("_ZN20QFutureInterfaceBase14reportFinishedEv");
    __tsan_acquire(continuationKey(self)); // the continuation it may run was set before
    __tsan_release(&self->mutex());
    real(self);
}

using Continuation = std::function<void(const QFutureInterfaceBase &)>;

void fpFutureSetContinuation(QFutureInterfaceBase *, Continuation) __asm__(
        "_ZN20QFutureInterfaceBase15setContinuationESt8functionIFvRKS_EE");
void fpFutureSetContinuation(QFutureInterfaceBase *self, Continuation continuation)
{
    using Fn = void (*)(QFutureInterfaceBase *, Continuation);
    static const Fn real = realFunction<Fn>("_ZN20QFutureInterfaceBase15setContinuationESt8functionIFvRKS_EE");
    __tsan_release(continuationKey(self));
    real(self, std::move(continuation));
}

void fpFutureSetContinuationWith(QFutureInterfaceBase *, Continuation, QFutureInterfaceBasePrivate *) __asm__(
        "_ZN20QFutureInterfaceBase15setContinuationESt8functionIFvRKS_EEP27QFutureInterfaceBasePrivate");
void fpFutureSetContinuationWith(QFutureInterfaceBase *self, Continuation continuation,
                                 QFutureInterfaceBasePrivate *continuationData)
{
    using Fn = void (*)(QFutureInterfaceBase *, Continuation, QFutureInterfaceBasePrivate *);
    static const Fn real = realFunction<Fn>(
            "_ZN20QFutureInterfaceBase15setContinuationESt8functionIFvRKS_EEP27QFutureInterfaceBasePrivate");
    __tsan_release(continuationKey(self));
    real(self, std::move(continuation), continuationData);
}

void fpFutureWaitForFinished(QFutureInterfaceBase *) __asm__("_ZN20QFutureInterfaceBase15waitForFinishedEv");
void fpFutureWaitForFinished(QFutureInterfaceBase *self)
{
    using Fn = void (*)(QFutureInterfaceBase *);
    static const Fn real = realFunction<Fn>("_ZN20QFutureInterfaceBase15waitForFinishedEv");
    real(self);
    __tsan_acquire(&self->mutex());
}

void fpFutureWaitForResult(QFutureInterfaceBase *, int) __asm__("_ZN20QFutureInterfaceBase13waitForResultEi");
void fpFutureWaitForResult(QFutureInterfaceBase *self, int index)
{
    using Fn = void (*)(QFutureInterfaceBase *, int);
    static const Fn real = realFunction<Fn>("_ZN20QFutureInterfaceBase13waitForResultEi");
    real(self, index);
    __tsan_acquire(&self->mutex());
}

bool fpFutureIsFinished(const QFutureInterfaceBase *) __asm__("_ZNK20QFutureInterfaceBase10isFinishedEv");
bool fpFutureIsFinished(const QFutureInterfaceBase *self)
{
    using Fn = bool (*)(const QFutureInterfaceBase *);
    static const Fn real = realFunction<Fn>("_ZNK20QFutureInterfaceBase10isFinishedEv");
    const bool finished = real(self);
    if (finished)
        __tsan_acquire(&self->mutex());
    return finished;
}

} // extern "C"

#else // FETCHPOOL_TSAN_SELFTEST

// The annotations must order exactly what Qt orders. Each case is either
// correctly synchronized through one of the wrapped calls ("-ok": TSan must
// stay silent) or has a real race next to such a call ("-race": TSan must
// report it). Run one case per process: tsan-qt-selftest <case>.

#include <QtCore/QCoreApplication>
#include <QtCore/QFuture>
#include <QtCore/QMutex>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/QWaitCondition>

#include <cstdio>
#include <cstring>

static int shared = 0;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const char *name = argc > 1 ? argv[1] : "";
    auto is = [name](const char *c) { return std::strcmp(name, c) == 0; };

    QThread worker;
    worker.start();
    QObject context;
    context.moveToThread(&worker);

    if (is("queued-ok")) { // written before the post, read in the call; read after a blocking call
        shared = 1;
        QMetaObject::invokeMethod(&context, [] { shared += 1; }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(&context, [] { shared += 1; }, Qt::BlockingQueuedConnection);
        std::printf("%d\n", shared);
    } else if (is("queued-race")) { // written after the post
        QMetaObject::invokeMethod(&context, [] { QThread::msleep(50); shared += 1; }, Qt::QueuedConnection);
        shared = 5;
        QThread::msleep(200);
    } else if (is("pool-ok")) {
        QThreadPool pool;
        shared = 1;
        pool.start([] { shared += 1; });
        pool.waitForDone();
        std::printf("%d\n", shared);
    } else if (is("pool-race")) { // read before waitForDone()
        QThreadPool pool;
        pool.start([] { QThread::msleep(50); shared += 1; });
        std::printf("%d\n", shared);
        QThread::msleep(200);
        pool.waitForDone();
    } else if (is("wait-ok") || is("wait-race")) {
        QMutex mutex;
        QWaitCondition condition;
        bool ready = false;
        const bool race = is("wait-race");
        QThread *thread = QThread::create([&] {
            QThread::msleep(50);
            {
                QMutexLocker lock(&mutex);
                if (!race)
                    shared = 7;
                ready = true;
                condition.wakeAll();
            }
            if (race)
                shared = 7; // after the hand-over
        });
        thread->start();
        {
            QMutexLocker lock(&mutex);
            while (!ready)
                condition.wait(&mutex);
            if (!race)
                std::printf("%d\n", shared);
        }
        if (race) {
            QThread::msleep(20);
            std::printf("%d\n", shared);
        }
        thread->wait();
        delete thread;
    } else if (is("thread-ok") || is("thread-race")) {
        const bool race = is("thread-race");
        QThread *thread = QThread::create([] { shared = 3; });
        thread->start();
        QThread::msleep(100); // finished by now: wait() returns at once
        if (!race)
            thread->wait();
        std::printf("%d\n", shared);
        thread->wait();
        delete thread;
    } else if (is("future-ok") || is("future-race")) {
        const bool race = is("future-race");
        QFutureInterface<void> promise;
        promise.reportStarted();
        QThread *thread = QThread::create([&promise, race] {
            if (!race)
                shared = 9;
            promise.reportFinished();
            if (race)
                shared = 9; // after reporting
        });
        thread->start();
        QThread::msleep(100); // finished by now: waitForFinished() returns at once
        promise.future().waitForFinished();
        std::printf("%d\n", shared);
        thread->wait();
        delete thread;
    } else if (is("then-ok") || is("then-race")) { // QFuture::then(), run by the finishing thread
        const bool race = is("then-race");
        QFutureInterface<void> promise;
        promise.reportStarted();
        QThread *thread = QThread::create([&promise] {
            QThread::msleep(50);
            promise.reportFinished();
        });
        thread->start();
        if (!race)
            shared = 4;
        auto continued = promise.future().then([] { std::printf("%d\n", shared); });
        if (race)
            shared = 4; // after the continuation was handed over
        continued.waitForFinished();
        thread->wait();
        delete thread;
    } else {
        std::fprintf(stderr, "unknown case '%s'\n", name);
        return 2;
    }
    worker.quit();
    worker.wait();
    return 0;
}

#endif // FETCHPOOL_TSAN_SELFTEST
