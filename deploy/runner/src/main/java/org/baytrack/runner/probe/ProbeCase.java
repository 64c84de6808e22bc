package org.baytrack.runner.probe;

import org.baytrack.runner.stack.Service;

import java.util.Map;

/**
 * One hostile or careless request of the probe and what a sound answer to it is.
 *
 * @param kind     the class of input it belongs to (issue 18's list), for the table
 * @param key      which Authorization the request carries: {@code auto} (the key the command line would send),
 *                 {@code none}, {@code ingest}, {@code admin}, {@code unknown} (a bearer key no stack has), {@code basic}
 * @param announce when set, the Content-Length the request claims while it sends no body at all
 * @param status   the status it must get, when one is the only right answer (0: any 4xx)
 * @param ok2xx    why a 2xx is the right answer here; null means a 2xx is a silent drop
 * @param answer   a regular expression a 2xx answer must match, e.g. a batch's count of rejected lines
 * @param noCors   the answer must carry no CORS grant, so a foreign page's browser never sends the write
 * @param htmlPage a page for browsers (a form's target): its 4xx is an HTML page a person reads, not problem+json
 */
record ProbeCase(String kind, String name, Service service, String method, String path, String contentType,
                 byte[] body, Map<String, String> headers, String key, Long announce, int status, String ok2xx,
                 String answer, boolean noCors, boolean htmlPage) {
    /** The request as the table shows it: service, method and path, cut short. */
    String request() {
        String p = path.length() > 60 ? path.substring(0, 57) + "..." : path;
        return service.shortName() + " " + method + " " + p.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return name;
    }
}
