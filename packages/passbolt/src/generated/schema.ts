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
        /**
         * @description Associations to contain in each returned group; each flag is `1` to include it. The keys are the
         *     server's whitelist (passbolt_api `GroupsIndexController`). `user` and `group_user` (and the
         *     `group_user.*` keys) are the 2019 page's singular names, still accepted but deprecated by the server
         *     ("remove when v2 support is dropped"); use `users` and `groups_users`.
         */
        GroupContain: {
            /** @description Include the user who last modified the group (`modifier`). */
            modifier?: components["schemas"]["ContainFlag"];
            /** @description Include the modifier with their profile (`modifier.profile`). */
            "modifier.profile"?: components["schemas"]["ContainFlag"];
            /**
             * @description Include the requesting user's own membership (`my_group_user`): a membership object, or `null` for a
             *     group they do not belong to.
             */
            my_group_user?: components["schemas"]["ContainFlag"];
            /** @description Include the users belonging to the group (`users`, each with `_joinData`). */
            users?: components["schemas"]["ContainFlag"];
            /** @description Include the memberships of the group (`groups_users`), to know who manages it. */
            groups_users?: components["schemas"]["ContainFlag"];
            /** @description Include the memberships, each with its `user`. */
            "groups_users.user"?: components["schemas"]["ContainFlag"];
            /** @description Include the memberships, each with its `user` and the user's `profile`. */
            "groups_users.user.profile"?: components["schemas"]["ContainFlag"];
            /** @description Include the memberships, each with its `user` and the user's `gpgkey`. */
            "groups_users.user.gpgkey"?: components["schemas"]["ContainFlag"];
            /**
             * @deprecated
             * @description Deprecated spelling of `users` (the 2019 page's `contain[user]`); the server treats it the same.
             */
            user?: components["schemas"]["ContainFlag"];
            /**
             * @deprecated
             * @description Deprecated spelling of `groups_users` (the 2019 page's `contain[group_user]`).
             */
            group_user?: components["schemas"]["ContainFlag"];
            /**
             * @deprecated
             * @description Deprecated spelling of `groups_users.user`.
             */
            "group_user.user"?: components["schemas"]["ContainFlag"];
            /**
             * @deprecated
             * @description Deprecated spelling of `groups_users.user.profile`.
             */
            "group_user.user.profile"?: components["schemas"]["ContainFlag"];
            /**
             * @deprecated
             * @description Deprecated spelling of `groups_users.user.gpgkey`.
             */
            "group_user.user.gpgkey"?: components["schemas"]["ContainFlag"];
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
        /**
         * @description Response metadata every successful passbolt response carries in its `header` (passbolt_api
         *     `AppController::success`). Servers since 3.6.0 send no `title`; older ones, and the 2019 page, do.
         */
        ResponseHeader: {
            /**
             * Format: uuid
             * @description Unique id of this request/response (the user action id).
             */
            id: string;
            status: components["schemas"]["ResponseStatus"];
            /** @description Server time when the response was built, as a Unix timestamp in seconds. */
            servertime: number;
            /**
             * @deprecated
             * @description Machine-readable name of the outcome, for example `app_groups_index_success`. Removed from the
             *     envelope in passbolt 3.6.0 (passbolt_api commit ea989be "Remove title from the response envelope");
             *     present only in answers of older servers.
             */
            title?: string;
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
        /** @description Whether the operation succeeded (`success`) or failed (`error`); other values are accepted. */
        ResponseStatus: "success" | "error" | string;
        /**
         * @description A group of users. The seven base fields are always present (passbolt_api's tests assert them on every
         *     group of the index); the others only with the matching `contain`.
         */
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
            /** @description The users belonging to the group; present with `contain[users]=1` (or the deprecated `contain[user]=1`). */
            users?: components["schemas"]["GroupMember"][];
            /**
             * @description The memberships of the group (who is in it, and who manages it); present with `contain[groups_users]=1`
             *     (or a `groups_users.user…` key, or the deprecated `group_user`). Each has its `user` with
             *     `contain[groups_users.user]=1`.
             */
            groups_users?: components["schemas"]["GroupMembership"][];
            /**
             * @description The requesting user's own membership of this group; present with `contain[my_group_user]=1`, and
             *     `null` for a group the user does not belong to (passbolt_api's `GroupsIndexControllerTest`).
             */
            my_group_user?: components["schemas"]["GroupMembership"] | null;
            /** @description The user who last modified the group; present with `contain[modifier]=1` (with `profile` with `contain[modifier.profile]=1`). */
            modifier?: components["schemas"]["User"];
            /**
             * @description Number of members of the group. In passbolt's official spec (passbolt-docs `openapi/`) for groups
             *     index and view; the server fills it when a `user_count` contain is applied, which `GET /groups.json`
             *     does not whitelist today, so expect it absent here.
             */
            user_count?: number;
        };
        /** @description A user belonging to a group, as contained with `contain[users]=1`, with their membership. */
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
            /** @description The member; present with `contain[groups_users.user]=1`. */
            user?: components["schemas"]["User"];
        };
        /**
         * @description A passbolt user. The seven base fields are always present (passbolt_api's tests assert them); the
         *     others depend on the server version and the `contain`.
         */
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
            /** @description Datetime from which the user is disabled, or `null` (passbolt 4.3 and later; absent before). */
            disabled?: string | null;
            /**
             * @description Datetime of the user's last login (ISO 8601). `null` for a user who never logged in (a nullable
             *     column since passbolt 5.4, migration `V540AddLastLoggedInToUsers`), `""` in the 2019 page's
             *     sample, and absent from servers that do not send it.
             */
            last_logged_in?: string | null;
            /** @description Whether the user has multi-factor authentication enabled (in passbolt's official spec; not always sent). */
            is_mfa_enabled?: boolean;
            profile?: components["schemas"]["Profile"];
            /** @description The user's OpenPGP public key, with a `…user.gpgkey` contain; `null` when the user has none. */
            gpgkey?: components["schemas"]["Gpgkey"] | null;
        };
        /** @description A user's profile, with a `…profile` contain. */
        Profile: {
            /**
             * Format: uuid
             * @description Unique ID of the profile.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID of the user.
             */
            user_id: string;
            /** @description First name. */
            first_name: string;
            /** @description Last name. */
            last_name: string;
            /**
             * Format: date-time
             * @description Datetime when the profile was created.
             */
            created?: string;
            /**
             * Format: date-time
             * @description Datetime when the profile was last modified.
             */
            modified?: string;
            /** @description The profile picture; its `url` holds `medium` and `small` image URLs. */
            avatar?: {
                /** @description Image URLs by size. */
                url?: {
                    /** @description URL of the medium-size image. */
                    medium?: string;
                    /** @description URL of the small image. */
                    small?: string;
                };
            };
        };
        /** @description A user's OpenPGP public key. Only the fields a caller is likely to read are typed. */
        Gpgkey: {
            /**
             * Format: uuid
             * @description Unique ID of the key record.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID of the key's owner.
             */
            user_id: string;
            /** @description The key's fingerprint (40 hexadecimal characters). */
            fingerprint: string;
            /** @description The ASCII-armored public key. */
            armored_key: string;
            /** @description Expiry datetime of the key, or `null` if it does not expire. */
            expires?: string | null;
            /** @description Whether the key has been deleted. */
            deleted?: boolean;
        };
        /**
         * @description The envelope of an error response (passbolt_api `AppController::error`, `ErrorController`): `header`
         *     and a `body` that is an empty string unless the error carries details.
         */
        ErrorResponse: {
            header: components["schemas"]["ErrorHeader"];
            /** @description `""` for most errors; an object of details (validation errors, the MFA requirement) for some. */
            body: string | components["schemas"]["MfaRequired"] | {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description The body of the 403 a user gets while a multi-factor authentication step is pending (passbolt_api
         *     `MfaVerifyAjaxErrorController`, passbolt-docs `mfaVerify` error).
         */
        MfaRequired: {
            /** @description The providers the user can verify with (for example `totp`, `yubikey`, `duo`). */
            mfa_providers: components["schemas"]["MfaProvider"][];
            /**
             * @deprecated
             * @description Deprecated since passbolt 4: each enabled provider mapped to its verification URL. Read
             *     `mfa_providers` instead.
             */
            providers?: {
                [key: string]: string;
            };
        };
        /** @description A multi-factor authentication provider; other values are accepted. */
        MfaProvider: "totp" | "yubikey" | "duo" | string;
        /** @description Response metadata of an error response; like every current header it has no `title`. */
        ErrorHeader: {
            /**
             * Format: uuid
             * @description Unique id of this request/response (the user action id).
             */
            id: string;
            status: components["schemas"]["ResponseStatus"];
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
         * @description A filter, contain or order value is invalid: a filter value that is not a UUID, a contain flag other
         *     than 1/0/true/false, or an order other than `Group.name [ASC|DESC]` (passbolt_api
         *     `QueryStringComponent`); also `api-version=v1` ("API v1 support is deprecated in this version.",
         *     `ApiVersionMiddleware`).
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
         * @description No credentials, or a JWT access token that is missing, expired or invalid. Today's server answers `401`
         *     "Authentication is required to continue" (passbolt_api `GroupsIndexControllerWithFactoriesTest`
         *     `testGroupIndexController_Error_NotAuthenticated`; CakePHP's Authentication plugin since passbolt 3).
         *     The page's `403` for this case is passbolt 2.x's answer.
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
         * @description The user is authenticated but may not go on: most often a multi-factor authentication step is pending,
         *     and the body is an `MfaRequired` object naming the providers (passbolt_api
         *     `MfaVerifyAjaxErrorController`). The page documents `403` "Authentication Failure" for a request without
         *     a session, which is what passbolt 2.x answered; today that is a `401`.
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
                 * @description Associations to include in each group: today's server keys (`users`, `groups_users`,
                 *     `groups_users.user`, `groups_users.user.profile`, `groups_users.user.gpgkey`, `my_group_user`,
                 *     `modifier`, `modifier.profile`) and the page's deprecated `user` and `group_user`. Sent as
                 *     `contain[users]=1`.
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
