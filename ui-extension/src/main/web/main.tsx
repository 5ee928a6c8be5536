import { render } from 'preact';
import { completeSignIn, initAuth, loadConfig, signIn, user } from './auth';
import { App, SignedOut } from './screens/App';
import { BASE, parseRoute } from './routes';
import './styles.css';

async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  root.textContent = ''; // the start-up message goes; Preact renders into an empty element
  const route = parseRoute(location.pathname);
  try {
    initAuth(await loadConfig());
    if (route.name === 'signed-out') {
      render(<SignedOut />, root);
      return;
    }
    if (route.name === 'callback') {
      const back = await completeSignIn();
      history.replaceState(null, '', back); // drops code and state from the address bar
    } else if (!user()) {
      await signIn(location.pathname + location.search);
      return;
    }
    render(<App />, root);
  } catch (e) {
    render(
      <main class="boot-error">
        <h1>Telerad could not start</h1>
        <p role="alert">{e instanceof Error ? e.message : String(e)}</p>
        <p>
          <a href={`${BASE}/`}>Try again</a>
        </p>
      </main>,
      root,
    );
  }
}

void boot();
