{{/*
Names and labels. A "role" is one of web, worker, admin (the Deployments) or
migrate (the hook Job); every object of a role carries it as its component.
*/}}

{{- define "atrium.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "atrium.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Usage: include "atrium.roleFullname" (dict "root" $ "role" "web") */}}
{{- define "atrium.roleFullname" -}}
{{- printf "%s-%s" (include "atrium.fullname" .root) .role | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "atrium.selectorLabels" -}}
app.kubernetes.io/name: {{ include "atrium.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "atrium.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "atrium.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: atrium
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Usage: include "atrium.roleSelectorLabels" (dict "root" $ "role" "web") */}}
{{- define "atrium.roleSelectorLabels" -}}
{{ include "atrium.selectorLabels" .root }}
app.kubernetes.io/component: {{ .role }}
{{- end }}

{{- define "atrium.roleLabels" -}}
{{ include "atrium.labels" .root }}
app.kubernetes.io/component: {{ .role }}
{{- end }}

{{- define "atrium.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{/* The Secret the pods read passwords and keys from: the operator's own, or the chart's. */}}
{{- define "atrium.secretName" -}}
{{- .Values.existingSecret | default (include "atrium.fullname" .) }}
{{- end }}

{{/*
Non-secret settings, as environment variables. The ConfigMap and the
migration hook's copy of it both render this, so they cannot drift apart.
*/}}
{{- define "atrium.configData" -}}
ATRIUM_DB_URL: {{ required "database.url is required" .Values.database.url | quote }}
ATRIUM_DB_OWNER_USER: {{ .Values.database.ownerUser | quote }}
ATRIUM_DB_APP_USER: {{ .Values.database.appUser | quote }}
{{- with .Values.redis.url }}
ATRIUM_REDIS_URL: {{ . | quote }}
{{- end }}
ATRIUM_PLUGINS_DIR: {{ .Values.pluginsDir | quote }}
{{- with .Values.adminAccount.email }}
ATRIUM_ADMIN_EMAIL: {{ . | quote }}
{{- end }}
ATRIUM_DEMO: "false"
SERVER_PORT: "8080"
{{- with .Values.javaToolOptions }}
JAVA_TOOL_OPTIONS: {{ . | quote }}
{{- end }}
{{- end }}

{{/*
Passwords and keys set in values, base64-encoded; empty ones are left out so
the app sees them unset rather than blank. Rendered only without existingSecret.
*/}}
{{- define "atrium.secretData" -}}
{{- $entries := dict
    "ATRIUM_DB_OWNER_PASSWORD" .Values.database.ownerPassword
    "ATRIUM_DB_APP_PASSWORD" .Values.database.appPassword
    "ATRIUM_ADMIN_PASSWORD" .Values.adminAccount.password
    "ATRIUM_STRIPE_SECRET_KEY" .Values.stripe.secretKey
    "ATRIUM_STRIPE_WEBHOOK_SECRET" .Values.stripe.webhookSecret }}
{{- range $key, $value := $entries }}
{{- if $value }}
{{ $key }}: {{ $value | toString | b64enc | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The pod spec every role shares: same image, same settings, same hardening.
Usage: include "atrium.podSpec" (dict "root" $ "role" "web" "resources" {...}
       "serves" true "configName" "..." "secretName" "...")
"serves" adds the HTTP port and the probes; the migration Job has neither.
*/}}
{{- define "atrium.podSpec" -}}
{{- $values := .root.Values -}}
automountServiceAccountToken: false
{{- with $values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml $values.podSecurityContext | nindent 2 }}
containers:
  - name: atrium
    image: {{ include "atrium.image" .root }}
    imagePullPolicy: {{ $values.image.pullPolicy }}
    env:
      - name: ATRIUM_ROLES
        value: {{ .role | quote }}
      {{- with $values.extraEnv }}
      {{- toYaml . | nindent 6 }}
      {{- end }}
    envFrom:
      - configMapRef:
          name: {{ .configName }}
      # Listed last so that a key in the Secret wins over the same key in the ConfigMap.
      - secretRef:
          name: {{ .secretName }}
    {{- if .serves }}
    ports:
      - name: http
        containerPort: 8080
        protocol: TCP
    startupProbe:
      httpGet:
        path: /actuator/health/liveness
        port: http
      {{- toYaml $values.probes.startup | nindent 6 }}
    livenessProbe:
      httpGet:
        path: /actuator/health/liveness
        port: http
      {{- toYaml $values.probes.liveness | nindent 6 }}
    readinessProbe:
      httpGet:
        path: /actuator/health/readiness
        port: http
      {{- toYaml $values.probes.readiness | nindent 6 }}
    {{- end }}
    resources:
      {{- toYaml .resources | nindent 6 }}
    securityContext:
      {{- toYaml $values.securityContext | nindent 6 }}
    volumeMounts:
      - name: tmp
        mountPath: /tmp
volumes:
  # The root filesystem is read-only; the JVM and Tomcat write temporary files here.
  - name: tmp
    emptyDir:
      sizeLimit: {{ $values.tmpSizeLimit }}
{{- with $values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
