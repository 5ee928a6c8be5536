// The shell: skip link, header with the user's sections, the current screen, sign out.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { onUserChange, signIn, signOut, user } from '../auth';
import { navigate, useRoute } from '../nav';
import { can, homeOf, sessionOf, type Session } from '../roles';
import { BASE, pathOf, type Route } from '../routes';
import { Link } from '../ui/parts';
import { AuditScreen } from './Audit';
import { BoardScreen } from './Board';
import { ExpiringScreen, FacilitiesScreen, PrivilegesScreen, RadiologistScreen, RadiologistsScreen } from './Registry';
import { SlaContractsScreen } from './Sla';
import { StudyScreen, TaskScreen } from './Task';
import { WorklistScreen } from './Worklist';

function useSession(): Session {
  const [token, setToken] = useState(() => user()?.access_token ?? '');
  useEffect(() => onUserChange(() => setToken(user()?.access_token ?? '')), []);
  return useMemo(() => sessionOf(token), [token]);
}

export function App() {
  const session = useSession();
  const route = useRoute();
  const c = can(session);

  useEffect(() => {
    if (route.name === 'home' || route.name === 'callback') {
      navigate(pathOf({ name: homeOf(session) } as Route), true);
    }
  }, [route.name, session]);

  const sections: { route: Route; label: string; show: boolean; active: Route['name'][] }[] = [
    { route: { name: 'worklist' }, label: 'Worklist', show: c.readWorklist, active: ['worklist', 'task', 'study'] },
    {
      route: { name: 'radiologists' },
      label: 'Credentialing',
      show: c.seeRegistry,
      active: ['radiologists', 'radiologist', 'facilities', 'privileges', 'expiring', 'sla'],
    },
    { route: { name: 'board' }, label: 'Operations board', show: c.seeBoard, active: ['board'] },
    { route: { name: 'audit' }, label: 'Audit trail', show: c.readAudit, active: ['audit'] },
  ];

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href={`${BASE}/`} class="brand">
          Telerad
        </Link>
        <nav aria-label="Sections">
          <ul>
            {sections
              .filter((s) => s.show)
              .map((s) => (
                <li key={s.label}>
                  <Link href={pathOf(s.route)} aria-current={s.active.includes(route.name) ? 'page' : undefined}>
                    {s.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div class="who">
          <span>
            Signed in as <strong>{session.name || session.username}</strong>
          </span>
          <button type="button" class="secondary" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Screen route={route} session={session} />
      </main>
    </>
  );
}

function Screen({ route, session }: { route: Route; session: Session }) {
  switch (route.name) {
    case 'worklist':
      return <WorklistScreen session={session} />;
    case 'task':
      return <TaskScreen session={session} taskId={route.taskId} />;
    case 'study':
      return <StudyScreen session={session} studyUid={route.studyUid} />;
    case 'radiologists':
      return <RadiologistsScreen session={session} />;
    case 'radiologist':
      return <RadiologistScreen session={session} id={route.id} />;
    case 'facilities':
      return <FacilitiesScreen session={session} />;
    case 'privileges':
      return <PrivilegesScreen session={session} />;
    case 'expiring':
      return <ExpiringScreen session={session} />;
    case 'sla':
      return <SlaContractsScreen session={session} />;
    case 'board':
      return <BoardScreen session={session} />;
    case 'audit':
      return <AuditScreen session={session} />;
    case 'home':
    case 'callback':
      return null;
    default:
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            There is no page here. <Link href={`${BASE}/`}>Go to your start page</Link>.
          </p>
        </section>
      );
  }
}

export function SignedOut() {
  return (
    <main id="main" class="signed-out">
      <h1>You are signed out of Telerad</h1>
      <p>Nothing of your session was kept in this browser.</p>
      <button type="button" onClick={() => void signIn(`${BASE}/`)}>
        Sign in again
      </button>
    </main>
  );
}
