// A hand-written paths type in the shape openapi-typescript generates, so the tests need no vendor package.
export interface Group {
  id: string;
  name: string;
}

export interface ApiErrorBody {
  message: string;
}

export interface GroupPage {
  groups: Group[];
  next_page: number | null;
}

export interface paths {
  '/groups': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: { page?: number; accessToken?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': GroupPage } };
        404: { headers: { [name: string]: unknown }; content: { 'application/json': ApiErrorBody } };
      };
    };
    put?: never;
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: {
        201: { headers: { [name: string]: unknown }; content: { 'application/json': Group } };
        400: { headers: { [name: string]: unknown }; content: { 'application/json': ApiErrorBody } };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/groups/{groupId}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { groupId: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Group } };
        404: { headers: { [name: string]: unknown }; content: { 'application/json': ApiErrorBody } };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: { query?: never; header?: never; path: { groupId: string }; cookie?: never };
      requestBody?: never;
      responses: {
        204: { headers: { [name: string]: unknown }; content?: never };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
