// Errors from the app, as dismissible messages. Never a stack trace: only the message the API wrote.
import { store, useDesk } from '../app/desk-store';

export function AlertRegion() {
  const alerts = useDesk((s) => s.alerts);
  return (
    <div className="alert-region" role="alert" aria-live="assertive">
      {alerts.map((alert) => (
        <div key={alert.id} className="alert">
          <div className="alert-body">
            <p className="alert-message">{alert.message}</p>
            {alert.details && alert.details.length > 0 && (
              <ul className="alert-details">
                {alert.details.slice(0, 8).map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => store.dismissAlert(alert.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
