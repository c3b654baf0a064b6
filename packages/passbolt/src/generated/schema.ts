/**
 * Generated from specs/passbolt/openapi.yaml by scripts/generate.mjs (openapi-typescript). Do not edit by hand:
 * change the spec and run `npm run generate`.
 */
export interface paths {
    "/groups.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all groups
         * @description Returns all the groups the user making the request has access to, optionally filtered by member or
         *     manager, with associated users, memberships or modifier contained, sorted by name.
         *
         *     The bracketed query names of the page (`filter[has-users]`, `contain[user]`, ...) are modelled as
         *     `deepObject` parameters (`filter`, `contain`), which is how the server (PHP) parses them. Arrays inside
         *     `filter` are sent in indexed form (`filter[has-users][0]=<uuid>`), the form both the server and the
         *     mock parse. The page's `order[]` is the `order` parameter: the server accepts `order=Group.name ASC`
         *     as well as `order[]=...`.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Filters on the group list. Each filter takes an array of user UUIDs. The page names the manager
         *     filter `filter[has-manager]`; the server only knows `has-managers` and silently ignores
         *     `has-manager`, so the spec follows the server.
         */
        GroupFilter: {
            /** @description List all the groups that contain all of these users (user UUIDs). */
            "has-users"?: string[];
            /**
             * @description List all the groups that contain all of these users as group managers (user UUIDs). The page calls
             *     this filter `filter[has-manager]`.
             */
            "has-managers"?: string[];
        };
        /** @description Associations to contain in each returned group; each flag is `1` to include it. */
        GroupContain: {
            /** @description Passing 1 will include the info of the user that last modified the group (`modifier`). */
            modifier?: components["schemas"]["ContainFlag"];
            /** @description Passing 1 will include the info of the users belonging to the group (`users`). */
            user?: components["schemas"]["ContainFlag"];
            /**
             * @description Passing 1 will include the info of the relationship of the users with the group (`groups_users`).
             *     Useful to know if they are admin or not, for example.
             */
            group_user?: components["schemas"]["ContainFlag"];
        };
        /**
         * @description A boolean flag. The page says "passing 1"; the server reads `1`/`true` as yes and `0`/`false` as no
         *     and refuses any other value with 400. The client sends `true` as `1` and `false` as `0`.
         * @enum {integer|boolean}
         */
        ContainFlag: 1 | 0 | true | false;
        /**
         * @description Sort by group name, ascending (`ASC`, the default) or descending (`DESC`).
         * @enum {string}
         */
        GroupOrder: "Group.name" | "Group.name ASC" | "Group.name DESC";
        /** @description The response envelope of `GET /groups.json`, its body the list of groups. */
        GroupList: {
            header: components["schemas"]["ResponseHeader"];
            /** @description The matching groups, one object per group. */
            body: components["schemas"]["Group"][];
        };
        /** @description Response metadata every successful passbolt response carries in its `header`. */
        ResponseHeader: {
            /**
             * Format: uuid
             * @description Unique id of this request/response (the user action id).
             */
            id: string;
            /**
             * @description Whether the operation succeeded (`success`) or failed (`error`).
             * @enum {string}
             */
            status: "success" | "error";
            /** @description Server time when the response was built, as a Unix timestamp in seconds. */
            servertime: number;
            /** @description Machine-readable name of the outcome, for example `app_groups_index_success`. */
            title: string;
            /**
             * Format: uuid
             * @description UUID of the server action that handled the request (the same for every call to this endpoint).
             */
            action: string;
            /** @description Human-readable message, for example `The operation was successful.` */
            message: string;
            /** @description The requested URL (path and query string), as the server saw it. */
            url: string;
            /** @description The HTTP status code of the response. */
            code: number;
        };
        /** @description A group of users. */
        Group: {
            /**
             * Format: uuid
             * @description Unique ID of the group in UUID format.
             */
            id: string;
            /** @description Group name. */
            name: string;
            /** @description Whether the group has been deleted. */
            deleted: boolean;
            /**
             * Format: date-time
             * @description Datetime when the group was created (ISO 8601).
             */
            created: string;
            /**
             * Format: date-time
             * @description Datetime when the group was last modified (ISO 8601).
             */
            modified: string;
            /**
             * Format: uuid
             * @description UUID of the user who created the group.
             */
            created_by: string;
            /**
             * Format: uuid
             * @description UUID of the user who last modified the group.
             */
            modified_by: string;
            /** @description The users belonging to the group; present with `contain[user]=1`. */
            users?: components["schemas"]["GroupMember"][];
            /**
             * @description The memberships of the group (who is in it, and who manages it); present with
             *     `contain[group_user]=1`. Inferred: the page shows no sample of it (the property name and shape
             *     are those of passbolt's "View a group" page).
             */
            groups_users?: components["schemas"]["GroupMembership"][];
            /**
             * @description The user who last modified the group; present with `contain[modifier]=1`. Inferred: the page shows
             *     no sample of it.
             */
            modifier?: components["schemas"]["User"];
        };
        /** @description A user belonging to a group, as contained with `contain[user]=1`, with their membership. */
        GroupMember: components["schemas"]["User"] & {
            /** @description The membership that links this user to the group (the groups_users row). */
            _joinData: components["schemas"]["GroupMembership"];
        };
        /** @description The relationship of a user with a group (a groups_users row). */
        GroupMembership: {
            /**
             * Format: uuid
             * @description Unique ID of the membership in UUID format.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID of the group.
             */
            group_id: string;
            /**
             * Format: uuid
             * @description UUID of the user.
             */
            user_id: string;
            /** @description Whether the user is a manager (admin) of the group. */
            is_admin: boolean;
            /**
             * Format: date-time
             * @description Datetime when the user was added to the group (ISO 8601).
             */
            created: string;
        };
        /** @description A passbolt user. */
        User: {
            /**
             * Format: uuid
             * @description Unique ID of the user in UUID format.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID of the user's role (for example admin or user).
             */
            role_id: string;
            /**
             * @description The user's username, an email address. Not validated as an email: the page's sample has an
             *     empty string here.
             */
            username: string;
            /** @description Whether the user has completed their account setup. */
            active: boolean;
            /** @description Whether the user has been deleted. */
            deleted: boolean;
            /**
             * Format: date-time
             * @description Datetime when the user was created (ISO 8601).
             */
            created: string;
            /**
             * Format: date-time
             * @description Datetime when the user was last modified (ISO 8601).
             */
            modified: string;
            /** @description Datetime of the user's last login (ISO 8601), or an empty string if never, as in the page's sample. */
            last_logged_in: string;
        };
        /** @description Inferred. The envelope of an error response (passbolt's error controller); the page shows none. */
        ErrorResponse: {
            header: components["schemas"]["ErrorHeader"];
            /** @description Empty for this endpoint's errors; passbolt only puts details in the body for validation errors. */
            body: string;
        };
        /** @description Inferred. Response metadata of an error response; unlike a success header it has no `title`. */
        ErrorHeader: {
            /**
             * Format: uuid
             * @description Unique id of this request/response (the user action id).
             */
            id: string;
            /**
             * @description Always `error`.
             * @enum {string}
             */
            status: "error";
            /** @description Server time when the response was built, as a Unix timestamp in seconds. */
            servertime: number;
            /**
             * Format: uuid
             * @description UUID of the server action that handled the request.
             */
            action: string;
            /** @description Human-readable reason for the error. */
            message: string;
            /** @description The requested URL (path and query string), as the server saw it. */
            url: string;
            /** @description The HTTP status code of the response. */
            code: number;
        };
    };
    responses: {
        /**
         * @description Inferred (the page is silent). A filter, contain or order value is invalid: a filter value that is
         *     not a UUID, a contain flag other than 1/0/true/false, or an order other than `Group.name [ASC|DESC]`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Inferred (the page documents 403 for this). The JWT access token is missing, expired or invalid. A
         *     mock of this spec also answers 401 when no credential at all is sent; passbolt itself answers 403
         *     to a request without a session (see the 403 response). Treat 401 and 403 alike: log in again.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Authentication Failure. The user making the request is not authenticated (the page's 403). It is also
         *     the answer when the session requires a multi-factor authentication step first.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroups: {
        parameters: {
            query?: {
                /** @description The API version to target. The page documents `v2`, and every sample uses it. */
                "api-version"?: string;
                /**
                 * @description Filters the result (the page's `filter`, `filter[has-users]` and `filter[has-manager]`). Sent as
                 *     `filter[has-users][0]=<uuid>&filter[has-users][1]=<uuid>`.
                 */
                filter?: components["schemas"]["GroupFilter"];
                /**
                 * @description Associations to include in each group (the page's `contain[modifier]`, `contain[user]` and
                 *     `contain[group_user]`). Sent as `contain[user]=1`.
                 */
                contain?: components["schemas"]["GroupContain"];
                /**
                 * @description Sort order (the page's `order[]`, "Sort by group name", `ASC|DESC`). The server only allows
                 *     sorting on `Group.name`, as `Group.name ASC`, `Group.name DESC`, or `Group.name` (ascending).
                 */
                order?: components["schemas"]["GroupOrder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description OK. Request went through. The response payload contains the list of matching groups (the page
             *     says "users", a slip: the body is a list of groups).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
