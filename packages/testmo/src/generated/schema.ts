/**
 * Generated from specs/testmo/openapi.yaml by scripts/generate.mjs (openapi-typescript). Do not edit by hand:
 * change the spec and run `npm run generate`.
 */
export interface paths {
    "/api/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all groups
         * @description Returns all groups. Requires site admin access.
         *
         *     The result is paginated: request further pages with `page` until `next_page` is `null`. The
         *     `users` expand adds the users the groups reference (members, creators, updaters) to `expands.users`.
         */
        get: operations["listGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a group
         * @description Returns a single group. Requires site admin access.
         *
         *     The `users` expand adds the users the group references (members, creator, updater) to
         *     `expands.users`.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A user group of the Testmo instance. */
        Group: {
            /**
             * Format: int64
             * @description ID of the group.
             * @example 1
             */
            id: number;
            /**
             * @description Name of the group.
             * @example QA
             */
            name: string;
            /**
             * @description IDs of the users who are members of the group (see the `users` expand for their details).
             * @example [
             *       1,
             *       2,
             *       3
             *     ]
             */
            members: number[];
            /**
             * Format: date-time
             * @description When the group was created (ISO 8601, UTC).
             * @example 2021-04-07T09:30:00.000000Z
             */
            created_at: string;
            /**
             * Format: int64
             * @description ID of the user who created the group.
             * @example 2
             */
            created_by: number;
            /**
             * Format: date-time
             * @description When the group was last updated (ISO 8601, UTC), or `null` if it has never been updated.
             */
            updated_at: string | null;
            /**
             * Format: int64
             * @description ID of the user who last updated the group, or `null` if it has never been updated.
             */
            updated_by: number | null;
        };
        /**
         * @description The expanded objects, keyed by expand name: a `GroupExpands` object, or `[]` when there is nothing to
         *     expand (see specs/testmo/README.md: an empty PHP array is encoded as `[]`). Optional in every response:
         *     the pagination page lists the envelope without it.
         */
        Expands: components["schemas"]["GroupExpands"] | components["schemas"]["NoExpands"];
        /** @description No expands, encoded as an empty JSON array instead of `{}`. */
        NoExpands: unknown[];
        /**
         * @description The expanded objects the request asked for with `expands`, keyed by expand name. Empty (`{}`) when no
         *     expands were requested. Open: Testmo has other expands on other methods (configurations, milestones,
         *     ...), and a key this spec does not list is accepted and left untyped.
         */
        GroupExpands: {
            /**
             * @description Present when `expands=users` was requested: the users referenced by the returned group(s) through
             *     `members`, `created_by` and `updated_by`.
             */
            users?: components["schemas"]["User"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Inferred. A Testmo user, as included by the `users` expand. The Groups page never shows an expanded
         *     user and no public page describing the user object was found: `id` is certain (groups reference users
         *     by it); `name` and `email` are assumed and therefore optional. Every other field the API returns is
         *     allowed and left untyped.
         */
        User: {
            /**
             * Format: int64
             * @description ID of the user (the value found in `members`, `created_by` and `updated_by`).
             * @example 2
             */
            id: number;
            /**
             * @description Full name of the user.
             * @example Jane Doe
             */
            name?: string;
            /**
             * @description Email address of the user.
             * @example jane.doe@example.com
             */
            email?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of groups in Testmo's pagination envelope. */
        PaginatedGroups: {
            /**
             * Format: int64
             * @description Number of the page returned, or `null` for an empty result without any pages.
             * @example 1
             */
            page: number | null;
            /**
             * Format: int64
             * @description Number of the previous page, or `null` when there is no previous page.
             */
            prev_page: number | null;
            /**
             * Format: int64
             * @description Number of the next page, or `null` when there is no next page (this is the last page).
             */
            next_page: number | null;
            /**
             * Format: int64
             * @description Number of the last page, or `null` for an empty result without any pages.
             * @example 1
             */
            last_page: number | null;
            /**
             * Format: int64
             * @description Maximum number of groups returned per page.
             * @example 100
             */
            per_page: number;
            /**
             * Format: int64
             * @description Total number of groups across all pages.
             * @example 4
             */
            total: number;
            /** @description The groups on this page. */
            result: components["schemas"]["Group"][];
            expands?: components["schemas"]["Expands"];
        };
        /** @description A single group with the requested expands. */
        GroupResponse: {
            result: components["schemas"]["Group"];
            expands?: components["schemas"]["Expands"];
        };
        /**
         * @description Inferred. The error body Testmo returns with a 4xx status. Testmo documents the status codes (page
         *     "Error Handling") but not the body; it is modelled as a JSON object with a human-readable `message`,
         *     and any further fields are allowed.
         */
        ErrorResponse: {
            /** @description Human-readable description of the error. */
            message: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Inferred (Testmo "Error Handling" page). The Testmo API token is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Inferred (Testmo "Error Handling" page; the Groups page says site admin access is required). The token
         *     is valid but its user is not a site admin, so it lacks the permission to read groups. This is what a
         *     regular user, viewer or project admin gets.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Inferred (Testmo "Error Handling" page). No group with this ID exists, or it was deleted. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Inferred (Testmo "Error Handling" page: "Invalid data"). A parameter is invalid, for example a
         *     `per_page` other than 15, 25, 50 or 100, or a `page` below 1.
         */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Inferred (Testmo "Error Handling" page). The API rate limit was reached. Wait for `Retry-After`
         *     seconds (at least 60 seconds when the header is missing) before sending another request; repeatedly
         *     hitting the limit can lead to longer periods of `429` responses.
         */
        TooManyRequests: {
            headers: {
                /** @description Minimum number of seconds to wait before sending another request. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Number of page to return (default: first page). Pages are numbered from 1. */
        Page: number;
        /** @description Maximum number of groups to return (supported: 15, 25, 50, 100; default: 100). */
        PerPage: 15 | 25 | 50 | 100;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroups: {
        parameters: {
            query?: {
                /** @description Number of page to return (default: first page). Pages are numbered from 1. */
                page?: components["parameters"]["Page"];
                /** @description Maximum number of groups to return (supported: 15, 25, 50, 100; default: 100). */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Comma-separated list of expands to return. This method supports one expand, `users`: the users
                 *     referenced by the returned groups are then included in `expands.users`.
                 */
                expands?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of groups, with the requested expands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedGroups"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getGroup: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated list of expands to return. This method supports one expand, `users`: the users
                 *     referenced by the group are then included in `expands.users`.
                 */
                expands?: string;
            };
            header?: never;
            path: {
                /** @description ID of the group to return. */
                group_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group, with the requested expands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
